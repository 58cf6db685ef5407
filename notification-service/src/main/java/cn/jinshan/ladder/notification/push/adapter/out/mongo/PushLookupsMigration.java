package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import cn.jinshan.ladder.notification.mongo.Migrations;
import java.util.stream.Stream;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Once per database, before consumers start: routes for the subscriptions stored before {@code push_routes}, and
 * release-day buckets for the pushes held before {@code held_push_due}.
 */
@Component
class PushLookupsMigration implements SmartInitializingSingleton {

    static final String MIGRATION = "push-lookups-v1";

    private final MongoTemplate mongo;
    private final MongoSubscriptionStore store;
    private final MongoHeldPushStore held;

    PushLookupsMigration(MongoTemplate mongo, MongoSubscriptionStore store, MongoHeldPushStore held) {
        this.mongo = mongo;
        this.store = store;
        this.held = held;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Migrations.once(mongo, MIGRATION, () -> {
            try (Stream<SubscriptionDocument> all = mongo.stream(new Query(), SubscriptionDocument.class)) {
                all.forEach(store::route);
            }
            try (Stream<HeldPushDocument> all = mongo.stream(new Query(), HeldPushDocument.class)) {
                all.forEach(held::list);
            }
        });
    }
}
