package cn.jinshan.ladder.notification.reminders.application;

import cn.jinshan.ladder.notification.reminders.domain.Reminder;
import cn.jinshan.ladder.notification.reminders.domain.ReminderRule;
import cn.jinshan.ladder.notification.rules.domain.EventFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Keeps reminders in step with events: an event first cancels the pending reminders whose cause it ends (a renewal,
 * a decision, a revocation), then schedules the ones it causes. No caller ever cancels a reminder by hand.
 */
@Service
public class Reminders {

    private final ReminderBook book;
    private final ReminderStore store;
    private final Clock clock;

    Reminders(ReminderBook book, ReminderStore store, Clock clock) {
        this.book = book;
        this.store = store;
        this.clock = clock;
    }

    public void onEvent(EventFacts facts) {
        Instant now = clock.instant();
        for (ReminderRule rule : book.all()) {
            if (rule.isCancelledBy(facts.type()) || rule.isScheduledBy(facts.type())) {
                List<Reminder> planned = rule.isScheduledBy(facts.type()) ? rule.plan(facts, now) : List.of();
                Set<String> keep = planned.stream().map(Reminder::id).collect(Collectors.toSet());
                store.cancelPending(rule.causeKeyOf(facts), keep, facts.type(), now);
                planned.forEach(store::planIfAbsent);
            }
        }
    }
}
