package cn.jinshan.ladder.notification.digest.application;

import cn.jinshan.ladder.notification.digest.domain.DigestSubscription;
import java.util.List;

/** Who wants a daily digest, and at which hour. */
public interface DigestSubscriptions {

    void save(DigestSubscription subscription);

    void remove(String subject);

    List<DigestSubscription> dueBy(int hour);
}
