package cn.jinshan.ladder.notification.push.application;

/** Records every attempt to deliver a notification on a channel, with its outcome. */
public interface DeliveryLog {

    void attempt(String notificationId, String channel, String target, String outcome, String detail);
}
