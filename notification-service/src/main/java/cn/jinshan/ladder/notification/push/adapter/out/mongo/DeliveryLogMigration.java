package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import cn.jinshan.ladder.notification.mongo.Migrations;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Once per database, before consumers start: folds the old one-document-per-attempt {@code delivery_attempts} into
 * the per-notification {@code deliveries} (keeping each attempt's id, so a repeated run adds nothing, and the events
 * still waiting for the relay), then drops the old collection.
 */
@Component
class DeliveryLogMigration implements SmartInitializingSingleton {

    static final String MIGRATION = "deliveries-v1";
    static final String OLD_COLLECTION = "delivery_attempts";

    private final MongoTemplate mongo;

    DeliveryLogMigration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Migrations.once(mongo, MIGRATION, this::fold);
    }

    private void fold() {
        if (!mongo.collectionExists(OLD_COLLECTION)) {
            return;
        }
        try (Stream<Document> all = mongo.stream(new Query(), Document.class, OLD_COLLECTION)) {
            all.forEach(this::foldOne);
        }
        mongo.dropCollection(OLD_COLLECTION);
    }

    private void foldOne(Document old) {
        Document entry = new Document("id", String.valueOf(old.get("_id")))
                .append("channel", old.getString("channel"))
                .append("target", old.getString("target"))
                .append("outcome", old.getString("outcome"))
                .append("detail", old.getString("detail"))
                .append("at", old.getDate("at"))
                .append("last", old.getBoolean("last", false))
                .append("attempts", old.getInteger("attempts", 0));
        Update update = new Update().addToSet(MongoDeliveryLog.ENTRIES, entry);
        List<Document> pending = old.getList(OutboxRecord.FIELD, Document.class, List.of());
        if (!pending.isEmpty()) {
            update.addToSet(OutboxRecord.FIELD).each(pending.toArray());
        }
        mongo.upsert(query(where("_id").is(old.getString("notificationId"))), update, MongoDeliveryLog.COLLECTION);
    }
}
