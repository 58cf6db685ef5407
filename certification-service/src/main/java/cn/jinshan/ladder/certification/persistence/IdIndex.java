package cn.jinshan.ladder.certification.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Index documents keyed by {@code _id} (e.g. a firm's credit code, or a status and a shard), each listing aggregate
 * ids in {@code ids}, so a read by that key is an {@code _id} lookup instead of a filter on a non-unique field (a full
 * scan in the MongoDB stand-in). An id is added before its aggregate is written and removed from other keys only
 * after: a crash in between leaves an id under a key it no longer matches, never an aggregate missing from its key,
 * so readers check the aggregates they load. Aggregates written before the index existed are added by a one-off
 * backfill (one scan, then a marker in {@code index_backfills}); until it has run, {@link #ids} answers empty and
 * callers query as before.
 */
public final class IdIndex {

    static final String BACKFILLS = "index_backfills";
    static final String IDS = "ids";

    private static final Logger log = LoggerFactory.getLogger(IdIndex.class);
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final String collection;
    private final String source;
    private final List<String> fields;
    private final Function<Document, String> keyOf;
    private volatile boolean complete;

    /**
     * The index {@code collection} of the aggregates in {@code source}; {@code keyOf} gives a stored aggregate's key
     * from its {@code _id} and {@code fields} (null: not indexed).
     */
    public IdIndex(
            MongoTemplate mongo,
            String collection,
            String source,
            List<String> fields,
            Function<Document, String> keyOf) {
        this.mongo = mongo;
        this.collection = collection;
        this.source = source;
        this.fields = List.copyOf(fields);
        this.keyOf = keyOf;
    }

    /** Adds an aggregate id under a key (an upsert by {@code _id}); call before writing the aggregate. */
    public void add(String key, String id) {
        index().updateOne(Filters.eq("_id", key), Updates.addToSet(IDS, id), new UpdateOptions().upsert(true));
    }

    /** Removes an aggregate id from the given keys (by {@code _id $in}); call after writing the aggregate. */
    public void remove(Collection<String> keys, String id) {
        if (!keys.isEmpty()) {
            index().updateMany(Filters.in("_id", keys), Updates.pull(IDS, id));
        }
    }

    /** The ids under the keys, or empty while the backfill has not completed (then query the source instead). */
    public Optional<List<String>> ids(Collection<String> keys) {
        if (!isComplete()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        index().find(Filters.in("_id", keys)).forEach(found -> ids.addAll(found.getList(IDS, String.class, List.of())));
        return Optional.of(ids);
    }

    /** Whether the backfill has run (a marker read by {@code _id}, remembered once seen). */
    public boolean isComplete() {
        if (!complete) {
            complete = mongo.getCollection(BACKFILLS)
                            .find(Filters.eq("_id", collection))
                            .first()
                    != null;
        }
        return complete;
    }

    /**
     * Adds every stored aggregate under its key (one scan of the source, then batched upserts by
     * {@code _id}) and sets the marker; does nothing once the marker exists. Safe to run concurrently with writes and
     * with another replica's backfill: every change is an {@code $addToSet}.
     */
    public void backfill() {
        if (isComplete()) {
            return;
        }
        long started = System.nanoTime();
        Map<String, List<String>> byKey = new HashMap<>();
        mongo.getCollection(source)
                .find()
                .projection(Projections.include(fields))
                .batchSize(
                        1_000) // the stand-in otherwise answers the whole collection in one reply (driver limit 48 MB)
                .forEach(document -> {
                    String key = keyOf.apply(document);
                    if (key != null) {
                        byKey.computeIfAbsent(key, ignored -> new ArrayList<>())
                                .add(String.valueOf(document.get("_id")));
                    }
                });
        List<UpdateOneModel<Document>> batch = new ArrayList<>();
        for (Map.Entry<String, List<String>> key : byKey.entrySet()) {
            batch.add(new UpdateOneModel<>(
                    Filters.eq("_id", key.getKey()),
                    Updates.addEachToSet(IDS, key.getValue()),
                    new UpdateOptions().upsert(true)));
            if (batch.size() == BATCH) {
                index().bulkWrite(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            index().bulkWrite(batch);
        }
        mongo.getCollection(BACKFILLS)
                .updateOne(
                        Filters.eq("_id", collection),
                        Updates.setOnInsert("completedAt", Date.from(Instant.now())),
                        new UpdateOptions().upsert(true));
        complete = true;
        log.info(
                "index {} backfilled from {}: {} keys in {} ms",
                collection,
                source,
                byKey.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Runs {@link #backfill} on a daemon thread, so start-up does not wait for the scan. */
    public void backfillInBackground() {
        Thread thread = new Thread(
                () -> {
                    try {
                        backfill();
                    } catch (RuntimeException e) {
                        log.warn("index {} backfill failed, retried on the next start: {}", collection, e.toString());
                    }
                },
                "index-backfill-" + collection);
        thread.setDaemon(true);
        thread.start();
    }

    private MongoCollection<Document> index() {
        return mongo.getCollection(collection);
    }
}
