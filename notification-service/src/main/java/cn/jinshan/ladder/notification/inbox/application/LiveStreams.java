package cn.jinshan.ladder.notification.inbox.application;

import cn.jinshan.ladder.notification.inbox.domain.Notification;

/** The live streams open on this replica. */
public interface LiveStreams {

    /** Sends the item to every stream whose reader sees it. */
    void show(Notification notification);
}
