package cn.jinshan.ladder.kit.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@value #COLLECTION} collection: one small pointer document per aggregate with pending outbox records, keyed
 * by {@code _id} = {@code <collection>:<aggregate id>}, so the relay finds its work without a secondary index. Each
 * arming writes a fresh random token; a pointer is released only while it still carries the token read before the
 * relay, so a write that re-armed it meanwhile keeps it. Every operation filters on {@code _id} alone.
 */
final class OutboxPointers {

    static final String COLLECTION = "outbox_pending";

    private final MongoTemplate mongo;
    private final Clock clock;

    OutboxPointers(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Marks the aggregate as having pending records (one upsert by {@code _id}, fresh token). */
    void arm(String collection, Object aggregateId) {
        pointers()
                .updateOne(
                        Filters.eq("_id", key(collection, aggregateId)),
                        Updates.combine(
                                Updates.set("collection", collection),
                                Updates.set("aggregateId", aggregateId),
                                Updates.set("token", UUID.randomUUID().toString()),
                                Updates.setOnInsert("since", Date.from(clock.instant()))),
                        new UpdateOptions().upsert(true));
    }

    /** The aggregate's current token, or {@code null} when it has no pointer. */
    String token(String collection, Object aggregateId) {
        Document pointer =
                pointers().find(Filters.eq("_id", key(collection, aggregateId))).first();
        return pointer == null ? null : pointer.getString("token");
    }

    /**
     * Deletes the pointer if it still carries {@code token}; true when it did. The stand-in answers only a filter on
     * {@code _id} alone without a scan, so the pointer is taken by {@code _id} and put back when a write re-armed it
     * meanwhile (a write re-arming it again in between wins: its upsert is newer). A crash between the two leaves
     * pending records without a pointer, which the full sweep after start-up finds.
     */
    boolean release(String collection, Object aggregateId, String token) {
        Document taken = pointers().findOneAndDelete(Filters.eq("_id", key(collection, aggregateId)));
        if (taken == null || token.equals(taken.getString("token"))) {
            return taken != null;
        }
        try {
            pointers().insertOne(taken);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return false;
    }

    /** Up to {@code limit} armed aggregates, read from the pointer collection only. */
    List<OutboxPointer> armed(int limit) {
        List<OutboxPointer> armed = new ArrayList<>();
        pointers()
                .find()
                .limit(limit)
                .forEach(pointer ->
                        armed.add(new OutboxPointer(pointer.getString("collection"), pointer.get("aggregateId"))));
        return armed;
    }

    static String key(String collection, Object aggregateId) {
        return collection + ":" + aggregateId;
    }

    private MongoCollection<Document> pointers() {
        return mongo.getCollection(COLLECTION);
    }
}
