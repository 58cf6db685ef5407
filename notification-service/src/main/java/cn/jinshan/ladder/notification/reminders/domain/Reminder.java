package cn.jinshan.ladder.notification.reminders.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification due at a point in time, caused by an event. It carries the facts its texts need, and the cause key
 * under which a later event cancels it.
 */
public record Reminder(
        String id,
        String name,
        String causeKey,
        String enterpriseId,
        String aggregateId,
        Instant dueAt,
        Map<String, String> values,
        ReminderStatus status) {

    public Reminder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(causeKey, "causeKey");
        Objects.requireNonNull(dueAt, "dueAt");
        values = Map.copyOf(values);
        Objects.requireNonNull(status, "status");
    }

    /** The same reminder planned twice has the same id, so scheduling is a natural upsert. */
    public static String idFor(String name, String causeKey, Instant dueAt) {
        return UUID.nameUUIDFromBytes((name + "|" + causeKey + "|" + dueAt).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
