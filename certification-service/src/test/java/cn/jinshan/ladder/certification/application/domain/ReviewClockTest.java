package cn.jinshan.ladder.certification.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewClockTest {

    private static final ReviewClock CLOCK = new ReviewClock(
            Map.of(ApplicationStatus.DISTRICT_REVIEW, 15, ApplicationStatus.SUBMITTED, 1),
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)));

    @ParameterizedTest(name = "entered {0} with {1} → due {2}")
    @CsvSource({
        "2026-06-01, SUBMITTED, 2026-06-02",
        "2026-06-05, SUBMITTED, 2026-06-08",
        "2026-06-01, DISTRICT_REVIEW, 2026-06-22",
        "2026-09-30, SUBMITTED, 2026-10-05"
    })
    void workingDaysSkipWeekendsAndHolidays(LocalDate entered, ApplicationStatus status, LocalDate due) {
        assertThat(CLOCK.dueOn(status, entered)).hasValue(due);
    }

    @Test
    void overdueOnlyAfterTheDueDay() {
        LocalDate entered = LocalDate.of(2026, 6, 1);

        assertThat(CLOCK.overdue(ApplicationStatus.DISTRICT_REVIEW, entered, LocalDate.of(2026, 6, 22)))
                .isFalse();
        assertThat(CLOCK.overdue(ApplicationStatus.DISTRICT_REVIEW, entered, LocalDate.of(2026, 6, 23)))
                .isTrue();
    }

    @Test
    void aStateWithoutAServiceLevelIsNeverOverdue() {
        assertThat(CLOCK.dueOn(ApplicationStatus.HIGHER_REVIEW, LocalDate.of(2020, 1, 1)))
                .isEmpty();
        assertThat(CLOCK.overdue(ApplicationStatus.HIGHER_REVIEW, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)))
                .isFalse();
    }
}
