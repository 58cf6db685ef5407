package cn.jinshan.ladder.notification.push.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Pushes held back by quiet hours, each released once when its time comes. */
public interface HeldPushStore {

    /** A push waiting for its release time. */
    record HeldPush(String id, String notificationId, String subscriptionId, Instant releaseAt) {}

    void hold(HeldPush push);

    /** The item's pushes held for any of the subscriptions. */
    List<HeldPush> heldFor(String notificationId, Collection<String> subscriptionIds);

    /** The id of the push of an item to a subscription: one per pair. */
    static String idOf(String notificationId, String subscriptionId) {
        return notificationId + ":" + subscriptionId;
    }

    List<HeldPush> dueAt(Instant now, int limit);

    /** Removes the held push; true for the one caller that removed it. */
    boolean release(String id);
}
