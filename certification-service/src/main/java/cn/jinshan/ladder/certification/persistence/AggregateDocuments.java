package cn.jinshan.ladder.certification.persistence;

import cn.jinshan.ladder.kit.outbox.Outbox;
import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes an aggregate document and its pending events in one single-document write: an insert, or an update that
 * only succeeds at the expected version, sets the state, bumps the version and pushes to the {@code outbox} array
 * (never overwriting records the relay has not published yet). The update's filter is {@code _id} and {@code version}
 * together, which the MongoDB stand-in answers from an index only when one covers exactly those keys: hence the unique
 * {@code id_version} index (redundant in a real MongoDB, where {@code _id} alone finds the document).
 */
public final class AggregateDocuments {

    public static final String VERSION = "version";
    static final String VERSION_INDEX = "id_version";

    private static final Logger log = LoggerFactory.getLogger(AggregateDocuments.class);

    private final MongoTemplate mongo;

    public AggregateDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts a new aggregate (version 0) with its events; a duplicate id fails with the driver's duplicate key. */
    public void insert(String collection, Object document, List<OutboxRecord> events) {
        Document bson = toBson(document);
        bson.put(VERSION, 0L);
        bson.put(OutboxRecord.FIELD, events.stream().map(Outbox::toDocument).toList());
        mongo.getCollection(collection).insertOne(bson);
    }

    /** Updates an aggregate at the expected version; a concurrent change fails as an optimistic-locking conflict. */
    public void update(String collection, Object document, long expectedVersion, List<OutboxRecord> events) {
        Document bson = toBson(document);
        Object id = bson.remove("_id");
        bson.remove(VERSION);
        bson.remove(OutboxRecord.FIELD);
        List<Bson> updates = new ArrayList<>();
        bson.forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.inc(VERSION, 1L));
        if (!events.isEmpty()) {
            updates.add(Updates.pushEach(
                    OutboxRecord.FIELD, events.stream().map(Outbox::toDocument).toList()));
        }
        long matched = mongo.getCollection(collection)
                .updateOne(new Document("_id", id).append(VERSION, expectedVersion), Updates.combine(updates))
                .getMatchedCount();
        if (matched == 0) {
            throw new OptimisticLockingFailureException(
                    collection + " " + id + " was changed by someone else meanwhile; reload and try again");
        }
    }

    /**
     * Ensures the unique {@code {_id: 1, version: 1}} index on an aggregate collection, so a version-checked update is
     * an index lookup in the stand-in instead of a scan of the whole collection; a refusal is logged, not fatal.
     */
    public void ensureVersionIndex(String collection) {
        try {
            mongo.getCollection(collection)
                    .createIndex(
                            Indexes.ascending("_id", VERSION),
                            new IndexOptions().unique(true).name(VERSION_INDEX));
        } catch (RuntimeException e) {
            log.warn("could not ensure the {} index on {}: {}", VERSION_INDEX, collection, e.toString());
        }
    }

    private Document toBson(Object document) {
        Document bson = new Document();
        mongo.getConverter().write(document, bson);
        bson.remove("_class");
        return bson;
    }
}
