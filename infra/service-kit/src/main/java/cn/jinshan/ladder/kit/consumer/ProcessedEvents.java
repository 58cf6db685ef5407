package cn.jinshan.ladder.kit.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The log of events a consumer has applied, keyed by consumer and event id. Check before applying and mark after:
 * effects are written as idempotent upserts, so a crash between the two only re-applies the same effect.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean alreadyApplied(String consumer, String eventId) {
        return mongo.getCollection(COLLECTION)
                        .find(Filters.eq("_id", key(consumer, eventId)))
                        .first()
                != null;
    }

    public void markApplied(String consumer, String eventId, String type) {
        try {
            mongo.getCollection(COLLECTION)
                    .insertOne(new Document("_id", key(consumer, eventId))
                            .append("type", type)
                            .append("appliedAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }
}
