package cn.jinshan.ladder.notification.inbox.adapter.out.mongo;

import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import cn.jinshan.ladder.notification.inbox.domain.Address;
import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.inbox.domain.LocalizedText;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.inbox.domain.Priority;
import java.util.List;
import java.util.Set;

final class NotificationMapper {

    private NotificationMapper() {}

    static NotificationDocument toDocument(Notification n, List<OutboxRecord> outbox) {
        return new NotificationDocument(
                n.id(),
                n.addresses().stream().map(Address::key).toList(),
                n.category().name(),
                n.priority().name(),
                new NotificationDocument.Text(n.title().zh(), n.title().en()),
                new NotificationDocument.Text(n.body().zh(), n.body().en()),
                n.link(),
                n.sourceEventId(),
                n.eventType(),
                n.createdAt(),
                List.copyOf(n.readBy()),
                List.copyOf(n.archivedBy()),
                outbox);
    }

    static Notification toDomain(NotificationDocument d) {
        return new Notification(
                d.id(),
                d.addresses().stream().map(Address::new).toList(),
                Category.valueOf(d.category()),
                Priority.valueOf(d.priority()),
                new LocalizedText(d.title().zh(), d.title().en()),
                new LocalizedText(d.body().zh(), d.body().en()),
                d.link(),
                d.sourceEventId(),
                d.eventType(),
                d.createdAt(),
                d.readBy() == null ? Set.of() : Set.copyOf(d.readBy()),
                d.archivedBy() == null ? Set.of() : Set.copyOf(d.archivedBy()));
    }
}
