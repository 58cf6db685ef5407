package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.inbox.domain.Address;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import cn.jinshan.ladder.notification.mongo.ByIds;
import cn.jinshan.ladder.notification.mongo.IdLists;
import cn.jinshan.ladder.notification.push.application.SubscriptionStore;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Subscriptions by id, and {@code push_routes}: per address ({@code _id}), the subscriptions reaching it, so that
 * finding who to push an item to reads by {@code _id} instead of scanning. A route is added before its subscription is
 * stored and removed after it is deleted, so a crash leaves at most a route to nothing, which readers skip.
 */
@Repository
class MongoSubscriptionStore implements SubscriptionStore {

    static final String ROUTES = "push_routes";

    private final MongoTemplate mongo;
    private final IdLists routes;

    MongoSubscriptionStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.routes = new IdLists(mongo, ROUTES);
    }

    @Override
    public void save(PushSubscription s) {
        List<String> addresses = s.addresses().stream().map(Address::key).toList();
        SubscriptionDocument previous = mongo.findById(s.id(), SubscriptionDocument.class);
        addresses.forEach(address -> routes.add(address, s.id()));
        mongo.save(new SubscriptionDocument(
                s.id(),
                s.endpoint(),
                s.p256dh(),
                s.auth(),
                s.subject(),
                addresses,
                s.language().name(),
                s.createdAt()));
        if (previous != null) {
            previous.addresses().stream()
                    .filter(address -> !addresses.contains(address))
                    .forEach(address -> routes.remove(address, List.of(s.id())));
        }
    }

    @Override
    public Optional<PushSubscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SubscriptionDocument.class))
                .map(MongoSubscriptionStore::toDomain);
    }

    @Override
    public List<PushSubscription> reaching(List<Address> addresses) {
        List<String> ids = routes.of(addresses.stream().map(Address::key).toList());
        return ByIds.find(mongo, ids, SubscriptionDocument.class).stream()
                .map(MongoSubscriptionStore::toDomain)
                .filter(subscription -> subscription.reaches(addresses))
                .toList();
    }

    @Override
    public List<PushSubscription> ownedBy(String subject) {
        return reaching(List.of(Address.subject(subject))).stream()
                .filter(subscription -> subscription.subject().equals(subject))
                .toList();
    }

    @Override
    public void delete(String id) {
        SubscriptionDocument gone = mongo.findById(id, SubscriptionDocument.class);
        mongo.remove(query(where("_id").is(id)), SubscriptionDocument.class);
        if (gone != null) {
            new ArrayList<>(gone.addresses()).forEach(address -> routes.remove(address, List.of(id)));
        }
    }

    /** Lists a stored subscription under its addresses (for subscriptions stored before routes existed). */
    void route(SubscriptionDocument subscription) {
        subscription.addresses().forEach(address -> routes.add(address, subscription.id()));
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
