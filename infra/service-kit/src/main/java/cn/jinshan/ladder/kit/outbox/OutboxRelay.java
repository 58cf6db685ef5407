package cn.jinshan.ladder.kit.outbox;

import cn.jinshan.ladder.kit.events.EventHeaders;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes pending outbox records to Kafka ({@code acks=all}, idempotent producer), then pulls each published
 * record from its aggregate. Runs right after writes and on a sweep, on one thread, so a crash between publish
 * and pull only repeats an event on the wire, which consumers ignore.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Counter published;
    private final Counter failed;
    private final AtomicInteger queued = new AtomicInteger();
    private ScheduledExecutorService executor;

    OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.published = meters.counter("ladder.outbox.published");
        this.failed = meters.counter("ladder.outbox.failed");
    }

    /**
     * Queues one aggregate for relaying. At most {@code batchSize} aggregates wait in the queue: beyond that (a broker
     * outage, where each attempt blocks up to {@code max.block.ms}) the next sweep picks the write up instead.
     */
    void publishSoon(String collection, Object id) {
        ScheduledExecutorService current = executor;
        if (current == null) {
            return;
        }
        if (queued.incrementAndGet() > properties.batchSize()) {
            queued.decrementAndGet();
            return;
        }
        current.execute(() -> {
            queued.decrementAndGet();
            relayAggregate(collection, id);
        });
    }

    /**
     * Publishes everything pending in every outbox collection; returns how many records were published. A collection's
     * sweep stops at the first aggregate that cannot be relayed (broker or database down), so an outage costs one
     * send timeout per sweep rather than one per pending aggregate.
     */
    public int sweep() {
        int total = 0;
        for (String collection : properties.collections()) {
            try {
                List<Object> ids = mongo.getCollection(collection)
                        .find(Filters.exists(OutboxRecord.FIELD + ".eventId"))
                        .projection(Projections.include("_id"))
                        .limit(properties.batchSize())
                        .map(document -> document.get("_id"))
                        .into(new java.util.ArrayList<>());
                for (Object id : ids) {
                    int relayed = relayAggregate(collection, id);
                    if (relayed < 0) {
                        break;
                    }
                    total += relayed;
                }
            } catch (RuntimeException e) {
                log.warn("outbox sweep of {} failed, will retry: {}", collection, e.toString());
            }
        }
        return total;
    }

    /** Relays one aggregate's pending records in order; -1 when it stopped on a failure (retried later). */
    int relayAggregate(String collection, Object id) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        int count = 0;
        try {
            Document aggregate = documents
                    .find(Filters.eq("_id", id))
                    .projection(Projections.include(OutboxRecord.FIELD))
                    .first();
            if (aggregate == null) {
                return 0;
            }
            for (Document pending : aggregate.getList(OutboxRecord.FIELD, Document.class, List.of())) {
                send(pending);
                documents.updateOne(
                        Filters.eq("_id", id),
                        Updates.pull(OutboxRecord.FIELD, new Document("eventId", pending.getString("eventId"))));
                published.increment();
                count++;
            }
        } catch (Exception e) {
            failed.increment();
            log.warn("outbox relay for {}/{} stopped, will retry on the next sweep: {}", collection, id, e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
        return count;
    }

    private void send(Document pending) throws Exception {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(pending.getString("topic"), pending.getString("key"), pending.getString("json"));
        record.headers().add(EventHeaders.TYPE, pending.getString("type").getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, pending.getString("eventId").getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void ensurePendingIndexes() {
        for (String collection : properties.collections()) {
            try {
                mongo.getCollection(collection)
                        .createIndex(
                                Indexes.ascending(OutboxRecord.FIELD + ".eventId"),
                                new IndexOptions().sparse(true).name("outbox_pending"));
            } catch (RuntimeException e) {
                log.warn("could not ensure the outbox index on {}: {}", collection, e.toString());
            }
        }
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "outbox-relay");
                thread.setDaemon(true);
                return thread;
            });
            executor.execute(this::ensurePendingIndexes);
            long every = properties.sweepInterval().toMillis();
            executor.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
