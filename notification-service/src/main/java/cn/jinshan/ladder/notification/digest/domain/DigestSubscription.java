package cn.jinshan.ladder.notification.digest.domain;

import cn.jinshan.ladder.notification.inbox.domain.Reader;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A user who wants a daily digest of their unread items at an hour of the day (Asia/Shanghai), and the last day
 * (Asia/Shanghai) their digest was looked at, whether or not one was sent.
 */
public record DigestSubscription(Reader reader, int hour, LocalDate lastRunOn) {

    public DigestSubscription {
        Objects.requireNonNull(reader, "reader");
    }

    /** A new choice, not yet run. */
    public DigestSubscription(Reader reader, int hour) {
        this(reader, hour, null);
    }

    public boolean ranOn(LocalDate day) {
        return day.equals(lastRunOn);
    }
}
