package cn.jinshan.ladder.notification.mongo;

import java.time.Instant;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One-time start-up migrations, each recorded by name in {@code migrations} once done, so that a migration's full read
 * of an old collection happens once per database, never on a hot path.
 */
public final class Migrations {

    static final String COLLECTION = "migrations";

    private Migrations() {}

    /** Runs the migration unless it is recorded as done, then records it; a crash in between runs it again. */
    public static void once(MongoTemplate mongo, String name, Runnable migration) {
        if (mongo.findById(name, Document.class, COLLECTION) != null) {
            return;
        }
        migration.run();
        try {
            mongo.insert(new Document("_id", name).append("at", Instant.now()), COLLECTION);
        } catch (DuplicateKeyException e) {
            // another replica recorded it first; the migration is idempotent
        }
    }
}
