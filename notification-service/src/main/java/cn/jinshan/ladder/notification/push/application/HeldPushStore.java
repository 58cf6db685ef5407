package cn.jinshan.ladder.notification.push.application;

import java.time.Instant;
import java.util.List;

/** Pushes held back by quiet hours, each released once when its time comes. */
public interface HeldPushStore {

    /** A push waiting for its release time. */
    record HeldPush(String id, String notificationId, String subscriptionId, Instant releaseAt) {}

    void hold(HeldPush push);

    List<HeldPush> heldFor(String notificationId);

    List<HeldPush> dueAt(Instant now, int limit);

    /** Removes the held push; true for the one caller that removed it. */
    boolean release(String id);
}
