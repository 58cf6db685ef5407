package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.notification.inbox.domain.Address;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import java.util.List;
import java.util.Optional;

/** Where push subscriptions are kept, one per endpoint. */
public interface SubscriptionStore {

    void save(PushSubscription subscription);

    Optional<PushSubscription> find(String id);

    /** Subscriptions of users reachable at any of the addresses. */
    List<PushSubscription> reaching(List<Address> addresses);

    List<PushSubscription> ownedBy(String subject);

    void delete(String id);
}
