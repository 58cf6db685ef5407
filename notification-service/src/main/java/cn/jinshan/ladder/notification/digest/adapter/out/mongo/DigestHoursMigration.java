package cn.jinshan.ladder.notification.digest.adapter.out.mongo;

import cn.jinshan.ladder.notification.mongo.Migrations;
import java.util.stream.Stream;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Once per database, before the scheduler starts: hour lists for the subscriptions stored before them. */
@Component
class DigestHoursMigration implements SmartInitializingSingleton {

    static final String MIGRATION = "digest-hours-v1";

    private final MongoTemplate mongo;
    private final MongoDigestSubscriptions store;

    DigestHoursMigration(MongoTemplate mongo, MongoDigestSubscriptions store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Migrations.once(mongo, MIGRATION, () -> {
            try (Stream<DigestSubscriptionDocument> all = mongo.stream(new Query(), DigestSubscriptionDocument.class)) {
                all.forEach(store::list);
            }
        });
    }
}
