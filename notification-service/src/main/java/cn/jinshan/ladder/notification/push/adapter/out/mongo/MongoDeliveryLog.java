package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import cn.jinshan.ladder.notification.push.application.DeliveryLog;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoDeliveryLog implements DeliveryLog {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoDeliveryLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void attempt(String notificationId, String channel, String target, String outcome, String detail) {
        mongo.insert(new DeliveryAttemptDocument(
                UUID.randomUUID().toString(), notificationId, channel, target, outcome, detail, clock.instant()));
    }
}
