package cn.jinshan.ladder.notification.inbox.domain;

/** What a notification is about; preferences choose channels per category. */
public enum Category {
    PORTFOLIO,
    APPLICATION,
    REVIEW,
    CERTIFICATE,
    REMINDER,
    SYSTEM
}
