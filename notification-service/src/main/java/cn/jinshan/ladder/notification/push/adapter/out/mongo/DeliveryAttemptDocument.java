package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One attempt to deliver a notification on a channel, and how it went; {@code last} marks the final outcome, which
 * counts the {@code attempts} made.
 */
@Document("delivery_attempts")
record DeliveryAttemptDocument(
        @Id String id,
        String notificationId,
        String channel,
        String target,
        String outcome,
        String detail,
        Instant at,
        boolean last,
        int attempts) {}
