package cn.jinshan.ladder.notification.inbox.domain;

/** How urgent a notification is; only {@link #CRITICAL} items bypass quiet hours. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    CRITICAL
}
