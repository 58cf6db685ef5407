package cn.jinshan.ladder.notification.digest.domain;

import cn.jinshan.ladder.notification.inbox.domain.Reader;
import java.util.Objects;

/** A user who wants a daily digest of their unread items at an hour of the day (Asia/Shanghai). */
public record DigestSubscription(Reader reader, int hour) {

    public DigestSubscription {
        Objects.requireNonNull(reader, "reader");
    }
}
