package cn.jinshan.ladder.enterprise.cohort.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    @Test
    void yearlyGoalsSetTheExpectationByNowAndTownsCarryTheirShare() {
        Map<Integer, Integer> yearly = Map.of(2026, 10, 2027, 30, 2028, 60);
        Progress progress = Progress.of(null, yearly, 0, 20, FROM, END, LocalDate.of(2028, 7, 1), 0);

        assertThat(progress.target()).isEqualTo(100);
        assertThat(progress.expectedBasis()).isEqualTo("YEARLY");
        assertThat(progress.expectedByNow()).isBetween(69.9, 70.2);
        assertThat(progress.expectedOf(20)).isBetween(13.9, 14.1);
        assertThat(Progress.of(100, 0, 20, FROM, END, LocalDate.of(2028, 7, 1), 0)
                        .expectedBasis())
                .isEqualTo("PRO_RATA");
    }

    @Test
    void aTownsGoalIsComparedWithItsNetEntrants() {
        Member kept = new Member("A", "a", "山阳镇", "c", null, LocalDate.of(2027, 3, 1), null, null);
        Member left = new Member("B", "b", "山阳镇", "c", null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 1), "X");
        Member elsewhere = new Member("C", "c", "枫泾镇", "c", null, LocalDate.of(2027, 3, 1), null, null);
        Progress progress = Progress.of(40, Map.of(), 0, 2, FROM, END, LocalDate.of(2028, 7, 1), 0);

        List<TownProgress> towns = TownProgress.of(
                Indicator.SPECIALIZED_NEW,
                Map.of("山阳镇", 4, "朱泾镇", 2),
                List.of(kept, left, elsewhere),
                new MemberFilter.Window(FROM, END),
                progress);

        assertThat(towns).extracting(TownProgress::town).containsExactly("山阳镇", "朱泾镇");
        assertThat(towns.get(0).achieved()).isEqualTo(1);
        assertThat(towns.get(0).percent()).isEqualTo(25.0);
        assertThat(towns.get(1).achieved()).isZero();
        assertThat(towns.get(0).expectedByNow()).isEqualTo(progress.expectedByNow() / 10);
    }
}
