package cn.jinshan.ladder.notification.inbox.application;

import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The inbox use cases: deliver an item, list a user's items, mark them read or unread, archive them. */
@Service
public class Inbox {

    private final NotificationStore store;
    private final ApplicationEventPublisher events;

    Inbox(NotificationStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Stores the item once; a repeated delivery of the same item changes nothing. */
    public boolean deliver(Notification notification) {
        boolean added = store.addIfAbsent(notification);
        if (added) {
            events.publishEvent(new NotificationAdded(notification));
        }
        return added;
    }

    /**
     * Stores the item once without announcing it: the caller pushes it itself, on its own thread, so that it knows
     * the push was dispatched before it records its own work as done (a fired reminder).
     */
    public boolean keep(Notification notification) {
        return store.addIfAbsent(notification);
    }

    public Optional<Notification> find(String id) {
        return store.find(id);
    }

    public InboxPage list(Reader reader, boolean archived, PageRequest page) {
        var addresses = reader.addresses();
        return new InboxPage(
                store.list(addresses, reader.subject(), archived, page.page(), page.size()),
                page.page(),
                page.size(),
                store.count(addresses, reader.subject(), archived),
                store.countUnread(addresses, reader.subject()));
    }

    /** The reader's newest items that are not archived, without counting them (one read). */
    public List<Notification> newest(Reader reader, int max) {
        return store.list(reader.addresses(), reader.subject(), false, 0, max);
    }

    public Notification markRead(Reader reader, String id, boolean read) {
        visible(reader, id);
        store.markRead(id, reader.subject(), read);
        return visible(reader, id);
    }

    public Notification archive(Reader reader, String id) {
        visible(reader, id);
        store.archive(id, reader.subject());
        return visible(reader, id);
    }

    /** The item if the reader sees it, else not found. */
    public Notification visibleTo(Reader reader, String id) {
        return visible(reader, id);
    }

    private Notification visible(Reader reader, String id) {
        return store.find(id).filter(reader::sees).orElseThrow(() -> new NotFoundException("notification", id));
    }
}
