package cn.jinshan.ladder.notification.reminders.adapter.out.mongo;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reminder as stored, with when it was claimed, fired or cancelled, and why; {@code version} grows with every change
 * of state, and each change is written only if the version is still the one read (a unique index on {@code _id} and
 * {@code version} makes that check a look-up on the MongoDB stand-in too).
 */
@Document(ReminderDocument.COLLECTION)
record ReminderDocument(
        @Id String id,
        String name,
        String causeKey,
        String enterpriseId,
        String aggregateId,
        Instant dueAt,
        Map<String, String> values,
        String status,
        Instant claimedAt,
        Instant firedAt,
        Instant cancelledAt,
        String cancelledBy,
        long version) {

    static final String COLLECTION = "reminders";
    static final String BY_CAUSE = "reminder_causes";
    static final String BY_FIRM = "reminder_firms";
    static final String BY_DUE_DAY = "reminder_due";
}
