package cn.jinshan.ladder.notification.inbox.adapter.out.mongo;

import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An inbox item as stored; {@code readBy} and {@code archivedBy} hold user subjects; {@code outbox} its
 * {@code notification.NotificationCreated} until the relay published it.
 */
@Document(NotificationDocument.COLLECTION)
record NotificationDocument(
        @Id String id,
        List<String> addresses,
        String category,
        String priority,
        Text title,
        Text body,
        String link,
        String sourceEventId,
        String eventType,
        Instant createdAt,
        List<String> readBy,
        List<String> archivedBy,
        List<OutboxRecord> outbox) {

    static final String COLLECTION = "notifications";

    /** Both languages of a text. */
    record Text(String zh, String en) {}
}
