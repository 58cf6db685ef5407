package cn.jinshan.ladder.notification.inbox.adapter.in.web;

import cn.jinshan.ladder.notification.inbox.domain.Language;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import java.time.Instant;

/** An inbox item as its reader sees it, in the language they asked for. */
public record NotificationView(
        String id,
        String category,
        String priority,
        String title,
        String body,
        String link,
        String eventType,
        Instant createdAt,
        boolean read,
        boolean archived) {

    public static NotificationView of(Notification n, String subject, Language language) {
        return new NotificationView(
                n.id(),
                n.category().name(),
                n.priority().name(),
                n.title().in(language),
                n.body().in(language),
                n.link(),
                n.eventType(),
                n.createdAt(),
                n.readBy(subject),
                n.archivedBy(subject));
    }
}
