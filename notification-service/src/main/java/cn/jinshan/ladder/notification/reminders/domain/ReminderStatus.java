package cn.jinshan.ladder.notification.reminders.domain;

/** Where a reminder stands: waiting, being fired by one replica, fired, or cancelled by a later event. */
public enum ReminderStatus {
    PENDING,
    FIRING,
    FIRED,
    CANCELLED
}
