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
     * Atomically takes one due reminder for firing: a pending one whose time has come, or one whose firing replica
     * stopped before finishing (claimed before {@code staleBefore}).
     */
    Optional<Reminder> claimDue(Instant now, Instant staleBefore);

    void markFired(String id, Instant at);

    List<Reminder> ofEnterprise(String enterpriseId);
}
