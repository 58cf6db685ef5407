package cn.jinshan.ladder.enterprise.cohort.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentCandidatesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void remembersCountsForTheirTimeToLive() {
        AtomicInteger asked = new AtomicInteger();
        RecentCandidates recent = new RecentCandidates(
                programme -> OptionalLong.of(asked.incrementAndGet()),
                clock,
                Duration.ofMinutes(1),
                Duration.ofSeconds(3));

        recent.counts(List.of("GAZELLE"));
        assertThat(recent.counts(List.of("GAZELLE")).byProgramme()).containsEntry("GAZELLE", 1L);
        assertThat(asked).hasValue(1);
    }

    @Test
    void stopsAskingOnceTheBudgetIsSpent() {
        AtomicInteger asked = new AtomicInteger();
        RecentCandidates recent = new RecentCandidates(
                programme -> {
                    asked.incrementAndGet();
                    sleep(60);
                    return OptionalLong.of(3);
                },
                clock,
                Duration.ZERO,
                Duration.ofMillis(50));

        assertThatThrownBy(() -> recent.counts(List.of("GAZELLE", "SPECIALIZED_NEW", "LITTLE_GIANT")))
                .isInstanceOf(CandidatesUnavailableException.class)
                .hasMessage(RecentCandidates.OVER_BUDGET);
        assertThat(asked).hasValue(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
