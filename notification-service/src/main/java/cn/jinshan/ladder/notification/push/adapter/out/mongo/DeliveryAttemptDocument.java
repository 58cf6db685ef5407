package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One attempt to deliver a notification on a channel, and how it went; {@code last} marks the final outcome, which
 * counts the {@code attempts} made and carries its {@code notification.events} record until the relay published it.
 */
@Document(DeliveryAttemptDocument.COLLECTION)
record DeliveryAttemptDocument(
        @Id String id,
        String notificationId,
        String channel,
        String target,
        String outcome,
        String detail,
        Instant at,
        boolean last,
        int attempts,
        List<OutboxRecord> outbox) {

    static final String COLLECTION = "delivery_attempts";
}
