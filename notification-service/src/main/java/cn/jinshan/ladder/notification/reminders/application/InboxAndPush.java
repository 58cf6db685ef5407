package cn.jinshan.ladder.notification.reminders.application;

import cn.jinshan.ladder.notification.inbox.application.Inbox;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.push.application.PushDelivery;
import org.springframework.stereotype.Component;

/** A fired reminder's items go to the inbox and are pushed on the firing thread, once per subscription. */
@Component
class InboxAndPush implements ReminderOutlet {

    private final Inbox inbox;
    private final PushDelivery pushes;

    InboxAndPush(Inbox inbox, PushDelivery pushes) {
        this.inbox = inbox;
        this.pushes = pushes;
    }

    @Override
    public void store(Notification notification) {
        inbox.keep(notification);
    }

    @Override
    public void push(Notification notification) {
        pushes.dispatchOnce(notification);
    }
}
