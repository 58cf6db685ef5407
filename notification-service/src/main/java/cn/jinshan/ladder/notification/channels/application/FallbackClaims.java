package cn.jinshan.ladder.notification.channels.application;

/** Makes sure an item falls back once, however many of its subscriptions fail and on whichever replica. */
public interface FallbackClaims {

    /** True for the first caller only. */
    boolean claim(String notificationId);
}
