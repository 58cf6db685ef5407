package cn.jinshan.ladder.notification.channels.domain;

/** What a group robot or a text message says about one inbox item, in Simplified Chinese. */
public record ChannelMessage(String notificationId, String title, String body, String link, String priority) {

    public boolean critical() {
        return "CRITICAL".equals(priority);
    }

    /** Title and body on one line, for a text message. */
    public String plainText() {
        return "【金山梯队】" + title + "：" + body;
    }
}
