package cn.jinshan.ladder.notification.push.domain;

/** What a phone shows for one inbox item; urgent items ask the push service to wake the device. */
public record PushMessage(
        String notificationId, String title, String body, String link, String category, String priority) {

    public boolean urgent() {
        return "HIGH".equals(priority) || "CRITICAL".equals(priority);
    }
}
