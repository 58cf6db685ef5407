package cn.jinshan.ladder.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.inbox.domain.Priority;
import cn.jinshan.ladder.notification.preferences.domain.Channel;
import cn.jinshan.ladder.notification.preferences.domain.Preferences;
import cn.jinshan.ladder.notification.preferences.domain.QuietHours;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final QuietHours NIGHT = QuietHours.standard();

    @Test
    void anOvernightWindowEndsAtEightInShanghaiOnTheRightDay() {
        assertThat(NIGHT.endOfWindowContaining(Instant.parse("2026-11-28T15:30:00Z")))
                .contains(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(NIGHT.endOfWindowContaining(Instant.parse("2026-11-28T22:00:00Z")))
                .contains(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(NIGHT.endOfWindowContaining(Instant.parse("2026-11-29T00:00:00Z")))
                .isEmpty();
        assertThat(NIGHT.endOfWindowContaining(Instant.parse("2026-11-28T13:59:00Z")))
                .isEmpty();
    }

    @Test
    void aDaytimeWindowAndADisabledOneBehave() {
        QuietHours lunch = new QuietHours(true, LocalTime.of(12, 0), LocalTime.of(13, 30));
        QuietHours off = new QuietHours(false, LocalTime.of(22, 0), LocalTime.of(8, 0));

        assertThat(lunch.endOfWindowContaining(Instant.parse("2026-11-28T04:15:00Z")))
                .contains(Instant.parse("2026-11-28T05:30:00Z"));
        assertThat(off.endOfWindowContaining(Instant.parse("2026-11-28T15:30:00Z")))
                .isEmpty();
    }

    @Test
    void criticalItemsBypassQuietHoursAndAChannelTurnedOffNeverInterrupts() {
        Instant night = Instant.parse("2026-11-28T15:30:00Z");
        Preferences defaults = Preferences.defaultsFor("u-1");

        assertThat(defaults.interruptionAllowedAt(Category.CERTIFICATE, Priority.CRITICAL, Channel.WEB_PUSH, night))
                .contains(night);
        assertThat(defaults.interruptionAllowedAt(Category.CERTIFICATE, Priority.HIGH, Channel.WEB_PUSH, night))
                .contains(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(defaults.interruptionAllowedAt(Category.CERTIFICATE, Priority.HIGH, Channel.SMS, night))
                .isEmpty();
    }
}
