package cn.jinshan.ladder.notification.rules.domain;

import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.inbox.domain.Priority;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Turns one event type into notifications: to whom, in which category, how urgent, and with which words. */
public record Rule(
        String eventType,
        boolean enabled,
        List<RecipientKind> recipients,
        Category category,
        Priority priority,
        Template title,
        Template body,
        String link) {

    public Rule {
        Objects.requireNonNull(eventType, "eventType");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        link = link == null ? "" : link;
    }

    /** Every event field the rule's texts and link read. */
    public Set<String> fieldsRead() {
        Set<String> fields = new LinkedHashSet<>(title.placeholders());
        fields.addAll(body.placeholders());
        fields.addAll(new Template(link, "").placeholders());
        return fields;
    }
}
