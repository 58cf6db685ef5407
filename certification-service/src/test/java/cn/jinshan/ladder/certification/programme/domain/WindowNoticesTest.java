package cn.jinshan.ladder.certification.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowNoticesTest {

    private static final ApplicationWindow SPRING =
            new ApplicationWindow("2026-spring", "2026年第一批", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

    private static WindowNotices fresh() {
        return new WindowNotices("SPECIALIZED_NEW", "2026-spring", List.of(), 0);
    }

    @Test
    void nothingIsAnnouncedBeforeTheWindowOpensOrAfterItClosed() {
        WindowNotices notices = fresh();

        assertThat(notices.due(SPRING, LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(notices.due(SPRING, LocalDate.of(2026, 5, 1))).isEmpty();
    }

    @Test
    void theOpeningIsAnnouncedOnceEvenWhenTheScanIsLate() {
        WindowNotices notices = fresh();

        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 3)))
                .extracting(WindowNotices.Announcement::name)
                .containsExactly("WindowOpened");
        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 4))).isEmpty();
    }

    @Test
    void theClosingIsAnnouncedSevenThreeAndOneDayBeforeTheLastDayOnceEach() {
        WindowNotices notices = fresh();
        notices.due(SPRING, LocalDate.of(2026, 4, 1));

        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 22))).isEmpty();
        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 23)))
                .extracting(WindowNotices.Announcement::daysLeft)
                .containsExactly(7);
        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 24))).isEmpty();
        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 27)))
                .extracting(WindowNotices.Announcement::daysLeft)
                .containsExactly(3);
        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 29)))
                .extracting(WindowNotices.Announcement::daysLeft)
                .containsExactly(1);
        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 30))).isEmpty();
    }

    @Test
    void aLateScanSendsOnlyTheTightestClosingNotice() {
        WindowNotices notices = fresh();
        notices.due(SPRING, LocalDate.of(2026, 4, 1));

        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 28)))
                .extracting(WindowNotices.Announcement::daysLeft)
                .containsExactly(2);
        assertThat(notices.due(SPRING, LocalDate.of(2026, 4, 29)))
                .extracting(WindowNotices.Announcement::daysLeft)
                .containsExactly(1);
        assertThat(notices.sent()).hasSize(4);
    }

    @Test
    void changedDatesAreAnnouncedAgain() {
        WindowNotices notices = fresh();
        notices.due(SPRING, LocalDate.of(2026, 4, 1));
        ApplicationWindow extended =
                new ApplicationWindow("2026-spring", "2026年第一批", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 15));

        assertThat(notices.due(extended, LocalDate.of(2026, 4, 2)))
                .extracting(WindowNotices.Announcement::name)
                .containsExactly("WindowOpened");
    }
}
