package cn.jinshan.ladder.notification.reminders.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.mongo.Migrations;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Before consumers and schedulers start: the unique index on {@code _id} and {@code version} that makes every
 * version-checked write a look-up on the MongoDB stand-in, and once per database the look-up documents for reminders
 * stored before they existed.
 */
@Component
class ReminderLookups implements SmartInitializingSingleton {

    static final String MIGRATION = "reminder-lookups-v1";

    private final MongoTemplate mongo;
    private final MongoReminderStore store;

    ReminderLookups(MongoTemplate mongo, MongoReminderStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(ReminderDocument.class)
                .createIndex(new Index()
                        .on("_id", Sort.Direction.ASC)
                        .on("version", Sort.Direction.ASC)
                        .unique()
                        .named("reminders_id_version"));
        Migrations.once(mongo, MIGRATION, this::listOldReminders);
    }

    private void listOldReminders() {
        for (ReminderDocument old : mongo.find(query(where("version").exists(false)), ReminderDocument.class)) {
            mongo.updateFirst(
                    query(where("_id").is(old.id())), new Update().set("version", 0L), ReminderDocument.class);
            store.list(old.id(), old.causeKey(), old.enterpriseId(), old.dueAt());
        }
    }
}
