package cn.jinshan.ladder.notification.reminders.application;

import cn.jinshan.ladder.notification.directory.application.RecipientDirectory;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.reminders.domain.Reminder;
import cn.jinshan.ladder.notification.reminders.domain.ReminderRule;
import cn.jinshan.ladder.notification.rules.domain.EventFacts;
import cn.jinshan.ladder.notification.rules.domain.NotificationPlanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Fires due reminders, once each: a ShedLock lease lets one replica run a tick, the due ones are read from due-day
 * buckets (no scan), and every reminder is claimed atomically ({@code FIRING} with the claim time, a version-checked
 * write that a cancelling event cannot interleave), then its inbox items are stored, then pushed, then it is marked
 * {@code FIRED}. A replica that dies anywhere in between leaves the claim, which another replica takes over once it is
 * older than {@link #STALE_CLAIM} and repeats every step: the items' ids are derived from the reminder (the
 * idempotency key of the occurrence), so the inbox keeps one, and subscriptions whose push already has a final
 * outcome are not pushed again.
 */
@Service
public class ReminderFiring {

    static final Duration STALE_CLAIM = Duration.ofMinutes(5);
    private static final int MAX_PER_TICK = 500;

    private final ReminderStore store;
    private final ReminderBook book;
    private final RecipientDirectory directory;
    private final ReminderOutlet outlet;
    private final Clock clock;

    ReminderFiring(
            ReminderStore store, ReminderBook book, RecipientDirectory directory, ReminderOutlet outlet, Clock clock) {
        this.store = store;
        this.book = book;
        this.directory = directory;
        this.outlet = outlet;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ladder.notification.scheduler.tick:30s}")
    @SchedulerLock(name = "reminder-firing", lockAtMostFor = "PT5M")
    public void tick() {
        fireDue();
    }

    /** Fires every reminder due now; returns how many this call fired. */
    public int fireDue() {
        int fired = 0;
        Instant now = clock.instant();
        Instant staleBefore = now.minus(STALE_CLAIM);
        for (Reminder due : store.due(now, staleBefore, MAX_PER_TICK)) {
            Optional<Reminder> claimed = store.claim(due.id(), now, staleBefore);
            if (claimed.isPresent()) {
                fire(claimed.get());
                fired++;
            }
        }
        return fired;
    }

    private void fire(Reminder reminder) {
        Optional<ReminderRule> rule = book.named(reminder.name());
        if (rule.isPresent()) {
            EventFacts facts = new EventFacts(
                    reminder.id(),
                    "reminder." + reminder.name(),
                    reminder.aggregateId(),
                    reminder.dueAt(),
                    reminder.values());
            List<Notification> items = NotificationPlanner.plan(
                    rule.get().notification(), facts, directory.find(reminder.enterpriseId()), clock.instant());
            items.forEach(outlet::store);
            items.forEach(outlet::push);
        }
        store.markFired(reminder.id(), clock.instant());
    }
}
