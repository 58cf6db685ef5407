package cn.jinshan.ladder.kit.sample;

import cn.jinshan.ladder.kit.consumer.ProcessedEvents;
import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.events.IncomingEvent;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A downstream effect of {@code sample.SampleCreated}, applied the way the services apply theirs: check
 * {@link ProcessedEvents}, write the effect as an idempotent conditional upsert that remembers the event id, mark.
 * {@code times} in the effect document counts how often an event changed it: more than 1 is a duplicate effect.
 */
@Component
class SampleEffects {

    static final String CONSUMER = "sample-effects";
    static final String COLLECTION = "sample_effects";
    static final String TYPE = "sample.SampleCreated";

    private final ProcessedEvents processed;
    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    SampleEffects(ProcessedEvents processed, MongoTemplate mongo, EventCodec codec) {
        this.processed = processed;
        this.mongo = mongo;
        this.codec = codec;
    }

    @KafkaListener(
            id = CONSUMER,
            groupId = CONSUMER,
            topics = "enterprise.events",
            autoStartup = "${sample.effects.auto-startup:false}")
    void on(ConsumerRecord<String, String> record) {
        apply(record.value());
    }

    /** Applies one delivery; returns false when the event had been applied before. */
    boolean apply(String json) {
        deliveries.incrementAndGet();
        IncomingEvent event = codec.read(json);
        if (!TYPE.equals(event.type())) {
            return false;
        }
        if (processed.alreadyApplied(CONSUMER, event.eventId())) {
            skipped.incrementAndGet();
            return false;
        }
        try {
            mongo.getCollection(COLLECTION)
                    .updateOne(
                            Filters.and(Filters.eq("_id", event.aggregateId()), Filters.ne("events", event.eventId())),
                            Updates.combine(Updates.push("events", event.eventId()), Updates.inc("times", 1)),
                            new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        processed.markApplied(CONSUMER, event.eventId(), event.type());
        return true;
    }

    int deliveries() {
        return deliveries.get();
    }

    int skipped() {
        return skipped.get();
    }
}
