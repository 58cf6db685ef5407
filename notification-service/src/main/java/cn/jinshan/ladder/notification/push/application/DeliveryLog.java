package cn.jinshan.ladder.notification.push.application;

import java.time.Instant;
import java.util.List;

/**
 * Records every attempt to deliver a notification on a channel, with its outcome: tries that will be retried (or
 * skipped by preferences) as attempts, and the final outcome of a delivery once.
 */
public interface DeliveryLog {

    /** One recorded attempt or outcome. */
    record Entry(
            String channel, String target, String outcome, String detail, Instant at, boolean last, int attempts) {}

    /** Everything recorded for an item, oldest first. */
    List<Entry> of(String notificationId);

    /** A try that is retried next, or a delivery the preferences skipped. */
    void attempt(String notificationId, String channel, String target, String outcome, String detail);

    /**
     * The final outcome: {@code DELIVERED}, or {@code FAILED} / {@code GONE}; {@code answered} when it comes from a
     * try of its own (an answer), not from giving up after the recorded tries.
     */
    void finished(
            String notificationId, String channel, String target, String outcome, String detail, boolean answered);

    /** The provider took it. */
    default void delivered(String notificationId, String channel, String target, String detail) {
        finished(notificationId, channel, target, "DELIVERED", detail, true);
    }

    /** The provider refused it for good (an answer not worth a retry). */
    default void refused(String notificationId, String channel, String target, String detail) {
        finished(notificationId, channel, target, "FAILED", detail, true);
    }

    /** Retries are exhausted, or the circuit is open. */
    default void gaveUp(String notificationId, String channel, String target, String detail) {
        finished(notificationId, channel, target, "FAILED", detail, false);
    }
}
