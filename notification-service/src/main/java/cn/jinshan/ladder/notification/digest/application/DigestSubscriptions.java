package cn.jinshan.ladder.notification.digest.application;

import cn.jinshan.ladder.notification.digest.domain.DigestSubscription;
import java.time.LocalDate;
import java.util.List;

/** Who wants a daily digest, and at which hour. */
public interface DigestSubscriptions {

    void save(DigestSubscription subscription);

    void remove(String subject);

    /** The subscriptions whose hour is this one or earlier. */
    List<DigestSubscription> dueBy(int hour);

    /** Records that the subscriber's digest of that day was looked at (sent, or nothing was unread). */
    void ranOn(String subject, LocalDate day);
}
