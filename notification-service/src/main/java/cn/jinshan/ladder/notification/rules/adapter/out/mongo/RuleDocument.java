package cn.jinshan.ladder.notification.rules.adapter.out.mongo;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A notification rule as stored, keyed by event type. */
@Document("rules")
record RuleDocument(
        @Id String eventType,
        boolean enabled,
        List<String> recipients,
        String category,
        String priority,
        Text title,
        Text body,
        String link) {

    /** Both languages of a template. */
    record Text(String zh, String en) {}
}
