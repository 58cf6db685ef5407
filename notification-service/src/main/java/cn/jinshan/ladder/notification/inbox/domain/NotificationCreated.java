package cn.jinshan.ladder.notification.inbox.domain;

import java.util.List;

/** Payload of {@code notification.NotificationCreated}: a new inbox item, for every replica's live streams. */
public record NotificationCreated(
        String notificationId, List<String> addresses, String category, String priority, String eventType) {

    public static final String TYPE = "notification.NotificationCreated";

    public static NotificationCreated of(Notification notification) {
        return new NotificationCreated(
                notification.id(),
                notification.addresses().stream().map(Address::key).toList(),
                notification.category().name(),
                notification.priority().name(),
                notification.eventType());
    }
}
