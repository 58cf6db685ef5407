package cn.jinshan.ladder.notification.inbox.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import cn.jinshan.ladder.notification.inbox.application.NotificationStore;
import cn.jinshan.ladder.notification.inbox.domain.Address;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.inbox.domain.NotificationCreated;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoNotificationStore implements NotificationStore {

    static final String TOPIC = "notification.events";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoNotificationStore(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** Inserts the item with its {@code NotificationCreated} in the same write, then asks the relay to publish it. */
    @Override
    public boolean addIfAbsent(Notification notification) {
        EventEnvelope created = EventEnvelope.create(
                NotificationCreated.TYPE,
                1,
                notification.id(),
                NotificationCreated.of(notification),
                notification.createdAt());
        try {
            mongo.insert(NotificationMapper.toDocument(notification, List.of(outbox.record(TOPIC, created))));
            outbox.publishSoon(NotificationDocument.COLLECTION, notification.id());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Notification> find(String id) {
        return Optional.ofNullable(mongo.findById(id, NotificationDocument.class))
                .map(NotificationMapper::toDomain);
    }

    @Override
    public List<Notification> list(List<Address> addresses, String subject, boolean archived, int page, int size) {
        Query query = query(addressedTo(addresses, subject, archived))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, NotificationDocument.class).stream()
                .map(NotificationMapper::toDomain)
                .toList();
    }

    @Override
    public long count(List<Address> addresses, String subject, boolean archived) {
        return mongo.count(query(addressedTo(addresses, subject, archived)), NotificationDocument.class);
    }

    @Override
    public long countUnread(List<Address> addresses, String subject) {
        return mongo.count(
                query(addressedTo(addresses, subject, false).and("readBy").nin(subject)), NotificationDocument.class);
    }

    @Override
    public void markRead(String id, String subject, boolean read) {
        Update update = read ? new Update().addToSet("readBy", subject) : new Update().pull("readBy", subject);
        mongo.updateFirst(query(where("_id").is(id)), update, NotificationDocument.class);
    }

    @Override
    public void archive(String id, String subject) {
        mongo.updateFirst(
                query(where("_id").is(id)), new Update().addToSet("archivedBy", subject), NotificationDocument.class);
    }

    private static Criteria addressedTo(List<Address> addresses, String subject, boolean archived) {
        Criteria criteria =
                where("addresses").in(addresses.stream().map(Address::key).toList());
        return archived
                ? criteria.and("archivedBy").in(subject)
                : criteria.and("archivedBy").nin(subject);
    }
}
