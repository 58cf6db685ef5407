package cn.jinshan.ladder.notification.push.domain;

/** Payload of {@code notification.DeliveryFailed}: delivering the item on a channel failed for good. */
public record DeliveryFailed(
        String notificationId, String channel, String target, int attempts, String outcome, String reason) {

    public static final String TYPE = "notification.DeliveryFailed";
}
