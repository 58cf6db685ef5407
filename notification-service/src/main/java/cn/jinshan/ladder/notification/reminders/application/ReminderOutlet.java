package cn.jinshan.ladder.notification.reminders.application;

import cn.jinshan.ladder.notification.inbox.domain.Notification;

/** Where a fired reminder's items go: the inbox, then the phones; each step is safe to repeat after a crash. */
public interface ReminderOutlet {

    /** Stores the item unless it is there already (its id is derived from the reminder and the recipient). */
    void store(Notification notification);

    /** Pushes the item to the subscriptions it reaches that have no final outcome for it yet. */
    void push(Notification notification);
}
