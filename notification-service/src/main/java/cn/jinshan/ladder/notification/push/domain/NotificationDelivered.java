package cn.jinshan.ladder.notification.push.domain;

/** Payload of {@code notification.NotificationDelivered}: a provider took the item on a channel. */
public record NotificationDelivered(String notificationId, String channel, String target, int attempts, String detail) {

    public static final String TYPE = "notification.NotificationDelivered";
}
