package cn.jinshan.ladder.notification.preferences.domain;

/** Ways a notification reaches a person; the inbox always holds every item. */
public enum Channel {
    INBOX,
    WEB_PUSH,
    WEBHOOK,
    SMS
}
