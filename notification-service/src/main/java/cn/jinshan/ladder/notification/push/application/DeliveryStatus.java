package cn.jinshan.ladder.notification.push.application;

import java.time.Instant;
import java.util.List;

/** Where an item stands on each channel and target, and whether the reader has read it. */
public record DeliveryStatus(String notificationId, boolean read, List<Line> deliveries) {

    /**
     * One channel and target: {@code HELD} (quiet hours), {@code RETRYING}, {@code SKIPPED} (preferences), or the final
     * {@code DELIVERED}, {@code FAILED}, {@code GONE}.
     */
    public record Line(String channel, String target, String status, int attempts, String detail, Instant at) {}

    public DeliveryStatus {
        deliveries = List.copyOf(deliveries);
    }
}
