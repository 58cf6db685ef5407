package cn.jinshan.ladder.notification.inbox.adapter.out.mongo;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An inbox item as stored; {@code readBy} and {@code archivedBy} hold user subjects. */
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
        List<String> archivedBy) {

    static final String COLLECTION = "notifications";

    /** Both languages of a text. */
    record Text(String zh, String en) {}
}
