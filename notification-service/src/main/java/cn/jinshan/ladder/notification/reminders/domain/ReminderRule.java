package cn.jinshan.ladder.notification.reminders.domain;

import cn.jinshan.ladder.notification.rules.domain.EventFacts;
import cn.jinshan.ladder.notification.rules.domain.Rule;
import cn.jinshan.ladder.notification.rules.domain.Template;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event schedules reminders (a date or instant field plus day offsets, at a local time in Asia/Shanghai),
 * which later events cancel them (same cause key), and the notification each one becomes.
 */
public record ReminderRule(
        String name,
        List<String> scheduledBy,
        String anchorField,
        List<Integer> offsetsDays,
        LocalTime at,
        String causeKey,
        List<String> cancelledBy,
        Rule notification) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public ReminderRule {
        Objects.requireNonNull(name, "name");
        scheduledBy = List.copyOf(scheduledBy);
        Objects.requireNonNull(anchorField, "anchorField");
        offsetsDays = List.copyOf(offsetsDays);
        at = at == null ? LocalTime.of(9, 0) : at;
        Objects.requireNonNull(causeKey, "causeKey");
        cancelledBy = List.copyOf(cancelledBy);
        Objects.requireNonNull(notification, "notification");
    }

    public boolean isScheduledBy(String eventType) {
        return scheduledBy.contains(eventType);
    }

    public boolean isCancelledBy(String eventType) {
        return cancelledBy.contains(eventType);
    }

    /** The cause this event names, e.g. {@code certificate:<enterpriseId>:<programme>}. */
    public String causeKeyOf(EventFacts facts) {
        return Template.fill(causeKey, valuesOf(facts));
    }

    /** The reminders the event asks for that are still in the future. */
    public List<Reminder> plan(EventFacts facts, Instant now) {
        Map<String, String> values = valuesOf(facts);
        String raw = "occurredAt".equals(anchorField) && facts.occurredAt() != null
                ? facts.occurredAt().toString()
                : values.get(anchorField);
        Optional<Instant> anchor = anchor(raw);
        List<Reminder> reminders = new ArrayList<>();
        if (anchor.isEmpty()) {
            return reminders;
        }
        String cause = Template.fill(causeKey, values);
        for (int offset : offsetsDays) {
            Instant due = dueAt(anchor.get(), offset, raw);
            if (due.isAfter(now)) {
                Map<String, String> own = new HashMap<>(values);
                own.put("days", Integer.toString(Math.abs(offset)));
                reminders.add(new Reminder(
                        Reminder.idFor(name, cause, due),
                        name,
                        cause,
                        facts.enterpriseId().orElse(null),
                        facts.aggregateId(),
                        due,
                        own,
                        ReminderStatus.PENDING));
            }
        }
        return reminders;
    }

    private Instant dueAt(Instant anchor, int offsetDays, String raw) {
        if (isDate(raw)) {
            return LocalDate.parse(raw)
                    .plusDays(offsetDays)
                    .atTime(at)
                    .atZone(ZONE)
                    .toInstant();
        }
        return anchor.plusSeconds(offsetDays * 86_400L);
    }

    private static Optional<Instant> anchor(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    isDate(raw) ? LocalDate.parse(raw).atStartOfDay(ZONE).toInstant() : Instant.parse(raw));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isDate(String raw) {
        return raw != null && raw.length() == 10;
    }

    private static Map<String, String> valuesOf(EventFacts facts) {
        Map<String, String> values = new HashMap<>(facts.values());
        facts.enterpriseId().ifPresent(id -> values.putIfAbsent("enterpriseId", id));
        if (facts.aggregateId() != null) {
            values.putIfAbsent("aggregateId", facts.aggregateId());
        }
        return values;
    }
}
