package cn.jinshan.ladder.notification.inbox.application;

import org.springframework.stereotype.Service;

/**
 * Streams new items to the users connected to this replica, whichever replica stored them: every replica hears of
 * every new item through {@code notification.events} and reads it from the shared store.
 */
@Service
public class LiveFeed {

    private final NotificationStore store;
    private final LiveStreams streams;

    LiveFeed(NotificationStore store, LiveStreams streams) {
        this.store = store;
        this.streams = streams;
    }

    public void created(String notificationId) {
        store.find(notificationId).ifPresent(streams::show);
    }
}
