package cn.jinshan.ladder.notification.inbox.application;

import cn.jinshan.ladder.notification.inbox.domain.Notification;
import java.util.List;

/** One page of a user's inbox, with the totals a client shows. */
public record InboxPage(List<Notification> items, int page, int size, long totalItems, long unreadCount) {

    public InboxPage {
        items = List.copyOf(items);
    }
}
