package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import cn.jinshan.ladder.notification.push.application.DeliveryLog;
import cn.jinshan.ladder.notification.push.domain.DeliveryFailed;
import cn.jinshan.ladder.notification.push.domain.NotificationDelivered;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Attempts and outcomes in {@code delivery_attempts}; each final outcome carries its event in the same insert. */
@Repository
class MongoDeliveryLog implements DeliveryLog {

    static final String TOPIC = "notification.events";

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    MongoDeliveryLog(MongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public List<Entry> of(String notificationId) {
        return mongo
                .find(
                        query(where("notificationId").is(notificationId)).with(Sort.by("at")),
                        DeliveryAttemptDocument.class)
                .stream()
                .map(d -> new Entry(d.channel(), d.target(), d.outcome(), d.detail(), d.at(), d.last(), d.attempts()))
                .toList();
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
                0,
                List.of()));
    }

    @Override
    public void finished(
            String notificationId, String channel, String target, String outcome, String detail, boolean answered) {
        int attempts = triesBefore(notificationId, channel, target) + (answered ? 1 : 0);
        Instant now = clock.instant();
        EventEnvelope event = "DELIVERED".equals(outcome)
                ? EventEnvelope.create(
                        NotificationDelivered.TYPE,
                        1,
                        notificationId,
                        new NotificationDelivered(notificationId, channel, target, attempts, detail),
                        now)
                : EventEnvelope.create(
                        DeliveryFailed.TYPE,
                        1,
                        notificationId,
                        new DeliveryFailed(notificationId, channel, target, attempts, outcome, detail),
                        now);
        String id = UUID.randomUUID().toString();
        mongo.insert(new DeliveryAttemptDocument(
                id,
                notificationId,
                channel,
                target,
                outcome,
                detail,
                now,
                true,
                attempts,
                List.of(outbox.record(TOPIC, event))));
        outbox.publishSoon(DeliveryAttemptDocument.COLLECTION, id);
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
