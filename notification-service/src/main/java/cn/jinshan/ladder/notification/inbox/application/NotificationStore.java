package cn.jinshan.ladder.notification.inbox.application;

import cn.jinshan.ladder.notification.inbox.domain.Address;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import java.util.List;
import java.util.Optional;

/** Where inbox items are kept. */
public interface NotificationStore {

    /** Stores the item unless one with its id exists; true when it was new. */
    boolean addIfAbsent(Notification notification);

    Optional<Notification> find(String id);

    /** Items for any of the addresses, newest first, archived or not for this user. */
    List<Notification> list(List<Address> addresses, String subject, boolean archived, int page, int size);

    long count(List<Address> addresses, String subject, boolean archived);

    long countUnread(List<Address> addresses, String subject);

    void markRead(String id, String subject, boolean read);

    void archive(String id, String subject);
}
