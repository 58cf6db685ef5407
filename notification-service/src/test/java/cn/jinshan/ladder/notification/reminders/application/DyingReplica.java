package cn.jinshan.ladder.notification.reminders.application;

import cn.jinshan.ladder.notification.directory.application.RecipientDirectory;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.reminders.domain.Reminder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A second replica running the real firing code against the same Mongo, which dies at a chosen point while firing
 * its {@code victim}-th claimed reminder: right after claiming it, after storing its inbox item, after pushing it, or
 * after marking it {@code FIRED}. Dying means the exception unwinds out of {@link #fireDue()}: nothing after the point
 * runs, and the claim is left as the store has it.
 */
public final class DyingReplica {

    /** Where the replica dies. */
    public enum FaultPoint {
        AFTER_CLAIM,
        AFTER_INBOX,
        AFTER_PUSH,
        AFTER_MARK
    }

    /** The replica's death. */
    public static final class Died extends RuntimeException {
        Died(FaultPoint point) {
            super("replica died " + point);
        }
    }

    /** How long another replica waits before it takes over a claim left by a dead one. */
    public static final Duration CLAIM_TAKEOVER = ReminderFiring.STALE_CLAIM;

    private final ReminderFiring firing;
    private final FaultPoint point;
    private final int victim;
    private int claims;

    public DyingReplica(
            ReminderStore store,
            ReminderBook book,
            RecipientDirectory directory,
            ReminderOutlet outlet,
            Clock clock,
            FaultPoint point,
            int victim) {
        this.point = point;
        this.victim = victim;
        this.firing = new ReminderFiring(new DyingStore(store), book, directory, new DyingOutlet(outlet), clock);
    }

    /** Fires due reminders until it dies; true when it died. */
    public boolean fireDue() {
        try {
            firing.fireDue();
            return false;
        } catch (Died died) {
            return true;
        }
    }

    private void dieIf(FaultPoint reached) {
        if (claims == victim && point == reached) {
            throw new Died(reached);
        }
    }

    private final class DyingStore implements ReminderStore {

        private final ReminderStore real;

        DyingStore(ReminderStore real) {
            this.real = real;
        }

        @Override
        public boolean planIfAbsent(Reminder reminder) {
            return real.planIfAbsent(reminder);
        }

        @Override
        public long cancelPending(String causeKey, Set<String> exceptIds, String reason, Instant at) {
            return real.cancelPending(causeKey, exceptIds, reason, at);
        }

        @Override
        public List<Reminder> due(Instant now, Instant staleBefore, int limit) {
            return real.due(now, staleBefore, limit);
        }

        @Override
        public Optional<Reminder> claim(String id, Instant now, Instant staleBefore) {
            Optional<Reminder> claimed = real.claim(id, now, staleBefore);
            if (claimed.isPresent()) {
                claims++;
                dieIf(FaultPoint.AFTER_CLAIM);
            }
            return claimed;
        }

        @Override
        public void markFired(String id, Instant at) {
            real.markFired(id, at);
            dieIf(FaultPoint.AFTER_MARK);
        }

        @Override
        public List<Reminder> ofEnterprise(String enterpriseId) {
            return real.ofEnterprise(enterpriseId);
        }
    }

    private final class DyingOutlet implements ReminderOutlet {

        private final ReminderOutlet real;

        DyingOutlet(ReminderOutlet real) {
            this.real = real;
        }

        @Override
        public void store(Notification notification) {
            real.store(notification);
            dieIf(FaultPoint.AFTER_INBOX);
        }

        @Override
        public void push(Notification notification) {
            real.push(notification);
            dieIf(FaultPoint.AFTER_PUSH);
        }
    }
}
