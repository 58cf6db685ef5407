package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.inbox.domain.Address;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import cn.jinshan.ladder.notification.push.application.SubscriptionStore;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoSubscriptionStore implements SubscriptionStore {

    private final MongoTemplate mongo;

    MongoSubscriptionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(PushSubscription s) {
        mongo.save(new SubscriptionDocument(
                s.id(),
                s.endpoint(),
                s.p256dh(),
                s.auth(),
                s.subject(),
                s.addresses().stream().map(Address::key).toList(),
                s.language().name(),
                s.createdAt()));
    }

    @Override
    public Optional<PushSubscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SubscriptionDocument.class))
                .map(MongoSubscriptionStore::toDomain);
    }

    @Override
    public List<PushSubscription> reaching(List<Address> addresses) {
        return mongo
                .find(
                        query(where("addresses")
                                .in(addresses.stream().map(Address::key).toList())),
                        SubscriptionDocument.class)
                .stream()
                .map(MongoSubscriptionStore::toDomain)
                .toList();
    }

    @Override
    public List<PushSubscription> ownedBy(String subject) {
        return mongo.find(query(where("subject").is(subject)), SubscriptionDocument.class).stream()
                .map(MongoSubscriptionStore::toDomain)
                .toList();
    }

    @Override
    public void delete(String id) {
        mongo.remove(query(where("_id").is(id)), SubscriptionDocument.class);
    }

    private static PushSubscription toDomain(SubscriptionDocument d) {
        return new PushSubscription(
                d.id(),
                d.endpoint(),
                d.p256dh(),
                d.auth(),
                d.subject(),
                d.addresses().stream().map(Address::new).toList(),
                Language.valueOf(d.language()),
                d.createdAt());
    }
}
