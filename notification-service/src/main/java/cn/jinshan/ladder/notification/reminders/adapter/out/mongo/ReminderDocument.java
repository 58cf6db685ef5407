package cn.jinshan.ladder.notification.reminders.adapter.out.mongo;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A reminder as stored, with when it was claimed, fired or cancelled, and why. */
@Document("reminders")
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
        String cancelledBy) {}
