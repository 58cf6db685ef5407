package cn.jinshan.ladder.notification.preferences.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** A daily window, in Asia/Shanghai time, when nothing but critical items may wake a phone. */
public record QuietHours(boolean enabled, LocalTime start, LocalTime end) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** 22:00 to 08:00, on. */
    public static QuietHours standard() {
        return new QuietHours(true, LocalTime.of(22, 0), LocalTime.of(8, 0));
    }

    /** When the window that contains {@code now} ends, or empty when {@code now} is outside it. */
    public Optional<Instant> endOfWindowContaining(Instant now) {
        if (!enabled || start.equals(end)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(ZONE);
        LocalTime time = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean inside =
                overnight ? !time.isBefore(start) || time.isBefore(end) : !time.isBefore(start) && time.isBefore(end);
        if (!inside) {
            return Optional.empty();
        }
        ZonedDateTime endToday = local.with(end).withSecond(0).withNano(0);
        ZonedDateTime windowEnd = time.isBefore(end) ? endToday : endToday.plusDays(1);
        return Optional.of(windowEnd.toInstant());
    }
}
