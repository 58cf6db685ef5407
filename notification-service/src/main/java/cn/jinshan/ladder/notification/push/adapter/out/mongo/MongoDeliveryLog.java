package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

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
                UUID.randomUUID().toString(),
                notificationId,
                channel,
                target,
                outcome,
                detail,
                clock.instant(),
                false,
                0));
    }

    @Override
    public void finished(
            String notificationId, String channel, String target, String outcome, String detail, boolean answered) {
        int attempts = triesBefore(notificationId, channel, target) + (answered ? 1 : 0);
        mongo.insert(new DeliveryAttemptDocument(
                UUID.randomUUID().toString(),
                notificationId,
                channel,
                target,
                outcome,
                detail,
                clock.instant(),
                true,
                attempts));
    }

    private int triesBefore(String notificationId, String channel, String target) {
        return (int) mongo.count(
                query(where("notificationId")
                        .is(notificationId)
                        .and("channel")
                        .is(channel)
                        .and("target")
                        .is(target)
                        .and("outcome")
                        .is("FAILED")
                        .and("last")
                        .is(false)),
                DeliveryAttemptDocument.class);
    }
}
