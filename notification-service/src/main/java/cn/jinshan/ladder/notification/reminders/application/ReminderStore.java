package cn.jinshan.ladder.notification.reminders.application;

import cn.jinshan.ladder.notification.reminders.domain.Reminder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where reminders wait for their time. */
public interface ReminderStore {

    /** Stores a planned reminder unless the same one (same id) exists; true when it was new. */
    boolean planIfAbsent(Reminder reminder);

    /** Cancels every pending reminder of the cause except the listed ones; returns how many. */
    long cancelPending(String causeKey, Set<String> exceptIds, String reason, Instant at);

    /**
     * Up to {@code limit} reminders to fire, oldest first: pending ones whose time has come, and ones whose firing
     * replica stopped before finishing (claimed before {@code staleBefore}).
     */
    List<Reminder> due(Instant now, Instant staleBefore, int limit);

    /**
     * Atomically takes the reminder for firing if it still is due (pending and its time has come, or claimed before
     * {@code staleBefore}); empty when another replica or a cancelling event got there first.
     */
    Optional<Reminder> claim(String id, Instant now, Instant staleBefore);

    void markFired(String id, Instant at);

    List<Reminder> ofEnterprise(String enterpriseId);
}
