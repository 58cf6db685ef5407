package cn.jinshan.ladder.notification.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock that runs at real speed from a chosen point; it starts at noon in Shanghai so that quiet hours never
 * interfere unless a test moves it.
 */
public final class TestClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Duration offset;

    TestClock() {
        reset();
    }

    /** From now on the clock reads this instant, and runs on from it. */
    public void setTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Today (in Shanghai) at this local time. */
    public void setToShanghaiTime(LocalTime time) {
        setTo(ZonedDateTime.of(LocalDate.now(SHANGHAI), time, SHANGHAI).toInstant());
    }

    public void reset() {
        setToShanghaiTime(LocalTime.NOON);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** Puts the test clock in the context in place of the kit's system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }
}
