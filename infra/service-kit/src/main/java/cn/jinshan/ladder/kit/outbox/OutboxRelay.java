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
import java.util.ArrayList;
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
 * and pull only repeats an event on the wire, which consumers ignore. The routine sweep reads only the
 * {@code outbox_pending} pointers (lookups by {@code _id}, no secondary index); a full scan of the outbox
 * collections runs once after start-up and then every {@code ladder.outbox.full-sweep-interval}, for aggregates
 * whose pointer was never written (a crash between the aggregate's write and its pointer).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final OutboxPointers pointers;
    private final OutboxConnectionWatch watch;
    private final Counter published;
    private final Counter failed;
    private final Counter armFailures;
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean fullSweepRequested = true;
    private long nextFullSweepAt;
    private ScheduledExecutorService executor;

    OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            MeterRegistry meters,
            OutboxPointers pointers,
            OutboxConnectionWatch watch) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.pointers = pointers;
        this.watch = watch;
        this.published = meters.counter("ladder.outbox.published");
        this.failed = meters.counter("ladder.outbox.failed");
        this.armFailures = meters.counter("ladder.outbox.pointer.failures");
    }

    /**
     * Arms the aggregate's pointer (one upsert by {@code _id}, on the caller's thread), then queues the aggregate for
     * relaying. At most {@code batchSize} aggregates wait in the queue: beyond that (a broker outage, where each
     * attempt blocks up to {@code max.block.ms}) the next sweep picks the write up from its pointer instead. A pointer
     * that cannot be written is logged and counted, and brings the next full sweep forward.
     */
    void publishSoon(String collection, Object id) {
        try {
            pointers.arm(collection, id);
        } catch (RuntimeException e) {
            armFailures.increment();
            fullSweepRequested = true;
            log.warn(
                    "outbox pointer for {}/{} not written, the full sweep will find it: {}",
                    collection,
                    id,
                    e.toString());
        }
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
     * Relays up to {@code batchSize} aggregates named by their pointers; returns how many records were published. The
     * sweep stops at the first aggregate that cannot be relayed (broker or database down), so an outage costs one send
     * timeout per sweep rather than one per pending aggregate.
     */
    public int sweep() {
        List<OutboxPointer> armed;
        try {
            armed = pointers.armed(properties.batchSize());
        } catch (RuntimeException e) {
            log.warn("outbox sweep failed, will retry: {}", e.toString());
            return 0;
        }
        int total = 0;
        for (OutboxPointer pointer : armed) {
            int relayed = relayAggregate(pointer.collection(), pointer.aggregateId());
            if (relayed < 0) {
                break;
            }
            total += relayed;
        }
        return total;
    }

    /**
     * The safety net: scans every outbox collection for aggregates with pending records, arms a pointer for each one
     * that has none, then runs the routine sweep; returns how many records that sweep published. On the MongoDB
     * stand-in this is a full collection scan, hence its long interval.
     */
    public int fullSweep() {
        for (String collection : properties.collections()) {
            try {
                List<Object> ids = mongo.getCollection(collection)
                        .find(Filters.exists(OutboxRecord.FIELD + ".eventId"))
                        .projection(Projections.include("_id"))
                        .map(document -> document.get("_id"))
                        .into(new ArrayList<>());
                for (Object id : ids) {
                    if (pointers.token(collection, id) == null) {
                        pointers.arm(collection, id);
                        log.info("outbox full sweep found {}/{} pending without a pointer", collection, id);
                    }
                }
            } catch (RuntimeException e) {
                fullSweepRequested = true;
                log.warn("outbox full sweep of {} failed, will retry: {}", collection, e.toString());
            }
        }
        return sweep();
    }

    /** Relays one aggregate's pending records in order; -1 when it stopped on a failure (retried later). */
    int relayAggregate(String collection, Object id) {
        int count = 0;
        try {
            MongoCollection<Document> documents = mongo.getCollection(collection);
            String token = pointers.token(collection, id);
            Document aggregate = documents
                    .find(Filters.eq("_id", id))
                    .projection(Projections.include(OutboxRecord.FIELD))
                    .first();
            List<Document> pending =
                    aggregate == null ? List.of() : aggregate.getList(OutboxRecord.FIELD, Document.class, List.of());
            for (Document record : pending) {
                send(record);
                documents.updateOne(
                        Filters.eq("_id", id),
                        Updates.pull(OutboxRecord.FIELD, new Document("eventId", record.getString("eventId"))));
                published.increment();
                count++;
            }
            if (token != null) {
                pointers.release(collection, id, token);
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

    /**
     * One scheduled round: the routine sweep, or the full sweep (which ends with the routine sweep) when it is due, was
     * requested after a failed pointer write or failed itself, or the driver dropped its connections meanwhile.
     */
    private void tick() {
        long now = System.nanoTime();
        boolean connectionsLost = watch.takeLoss();
        try {
            if (fullSweepRequested || connectionsLost || now - nextFullSweepAt >= 0) {
                fullSweepRequested = false;
                nextFullSweepAt = now + properties.fullSweepInterval().toNanos();
                fullSweep();
            } else {
                sweep();
            }
        } catch (RuntimeException e) {
            log.warn("outbox round failed, the next one runs as scheduled: {}", e.toString());
        }
    }

    /** Secondary indexes for a real MongoDB; the stand-in ignores them, which the pointers make harmless. */
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
            fullSweepRequested = true;
            long every = properties.sweepInterval().toMillis();
            executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
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
