package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import cn.jinshan.ladder.notification.push.application.DeliveryLog;
import cn.jinshan.ladder.notification.push.domain.DeliveryFailed;
import cn.jinshan.ladder.notification.push.domain.NotificationDelivered;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Attempts and outcomes in {@code deliveries}, one document per notification ({@code _id} = its id) holding its
 * {@code entries}: read and appended by {@code _id}, never searched. Each final outcome carries its event in the
 * document's {@code outbox}, written by the same update.
 */
@Repository
class MongoDeliveryLog implements DeliveryLog {

    static final String TOPIC = "notification.events";
    static final String COLLECTION = "deliveries";
    static final String ENTRIES = "entries";

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
        return entries(notificationId).stream()
                .map(MongoDeliveryLog::toEntry)
                .sorted(Comparator.comparing(Entry::at))
                .toList();
    }

    @Override
    public void attempt(String notificationId, String channel, String target, String outcome, String detail) {
        append(notificationId, entry(channel, target, outcome, detail, clock.instant(), false, 0), null);
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
        append(
                notificationId,
                entry(channel, target, outcome, detail, now, true, attempts),
                Outbox.toDocument(outbox.record(TOPIC, event)));
        outbox.publishSoon(COLLECTION, notificationId);
    }

    /** Appends the entry (and the event to publish) to the notification's document, creating it on the first one. */
    void append(String notificationId, Document entry, Document event) {
        Update update = new Update().push(ENTRIES, entry);
        if (event != null) {
            update.push(OutboxRecord.FIELD, event);
        }
        mongo.upsert(query(where("_id").is(notificationId)), update, COLLECTION);
    }

    static Document entry(
            String channel, String target, String outcome, String detail, Instant at, boolean last, int attempts) {
        return new Document("id", UUID.randomUUID().toString())
                .append("channel", channel)
                .append("target", target)
                .append("outcome", outcome)
                .append("detail", detail)
                .append("at", Date.from(at))
                .append("last", last)
                .append("attempts", attempts);
    }

    private int triesBefore(String notificationId, String channel, String target) {
        return (int) entries(notificationId).stream()
                .filter(e -> channel.equals(e.getString("channel"))
                        && target.equals(e.getString("target"))
                        && "FAILED".equals(e.getString("outcome"))
                        && !e.getBoolean("last", false))
                .count();
    }

    private List<Document> entries(String notificationId) {
        Document deliveries = mongo.findById(notificationId, Document.class, COLLECTION);
        return deliveries == null ? List.of() : deliveries.getList(ENTRIES, Document.class, List.of());
    }

    private static Entry toEntry(Document e) {
        return new Entry(
                e.getString("channel"),
                e.getString("target"),
                e.getString("outcome"),
                e.getString("detail"),
                e.getDate("at").toInstant(),
                e.getBoolean("last", false),
                e.getInteger("attempts", 0));
    }
}
