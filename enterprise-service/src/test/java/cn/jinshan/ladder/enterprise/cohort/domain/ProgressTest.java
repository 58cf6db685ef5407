package cn.jinshan.ladder.enterprise.cohort.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2030, 12, 31);

    @Test
    void theRunRateProjectsTheFigureSoFarToThePeriodsEnd() {
        Progress halfway = Progress.of(100, 0, 30, FROM, END, LocalDate.of(2028, 7, 1), 0);
        assertThat(halfway.projection()).isBetween(59.0, 61.0);
        assertThat(halfway.status()).isEqualTo(Progress.Status.AT_RISK);
        assertThat(halfway.percent()).isEqualTo(30.0);
    }

    @Test
    void thePipelineCanLiftAnIndicatorOnTrackAndNoTargetIsSaidSo() {
        assertThat(Progress.of(100, 0, 45, FROM, END, LocalDate.of(2028, 7, 1), 12)
                        .status())
                .isEqualTo(Progress.Status.ON_TRACK);
        assertThat(Progress.of(null, 0, 45, FROM, END, LocalDate.of(2028, 7, 1), 0)
                        .status())
                .isEqualTo(Progress.Status.NO_TARGET);
    }
}
