package cn.jinshan.ladder.certification.application.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.application.domain.Actor;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.certification.application.domain.Transition;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-07-01T02:00:00Z"), SHANGHAI);

    private static ApplicationState application(String id, ApplicationStatus status, String enteredOn) {
        Instant at = LocalDate.parse(enteredOn).atTime(10, 0).atZone(SHANGHAI).toInstant();
        Transition last = new Transition(ApplicationStatus.DRAFT, status, new Actor("s", "n", "OFFICIAL"), at, null);
        return new ApplicationState(
                id,
                "91310116MA1J8K3L22",
                "金鑫",
                "SPECIALIZED_NEW",
                "MIIT-2026-2",
                true,
                2026,
                status,
                Map.of(),
                Map.of(),
                null,
                "w",
                null,
                null,
                at,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(last),
                "s",
                at,
                at,
                1);
    }

    /** An in-memory store holding a fixed list. */
    private record Fixed(List<ApplicationState> applications) implements ApplicationStore {
        public void insert(ApplicationState application, List<EventEnvelope> events) {}

        public void update(ApplicationState application, long expectedVersion, List<EventEnvelope> events) {}

        public Optional<ApplicationState> find(String id) {
            return applications.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        public List<ApplicationState> find(ApplicationFilter filter) {
            return applications;
        }

        public boolean claimSubmission(String enterpriseId, String programme, int year, String applicationId) {
            return true;
        }

        public void releaseSubmission(String enterpriseId, String programme, int year, String applicationId) {}

        public List<ApplicationState> findInStatuses(Set<ApplicationStatus> statuses, String programme) {
            return applications.stream()
                    .filter(a -> statuses.contains(a.status()))
                    .filter(a -> programme == null || programme.equals(a.programme()))
                    .toList();
        }

        public void certificateDue(String applicationId, Instant at) {}

        public Map<String, Instant> certificatesDue() {
            return Map.of();
        }

        public void certificateSettled(String applicationId) {}

        public boolean approvedCheckedOnce() {
            return true;
        }

        public void markApprovedCheckedOnce() {}
    }

    @Test
    void overdueApplicationsComeFirstThenByDueDateAndFirmWaitsAreLeftOut() {
        ReviewQueue queue = new ReviewQueue(
                new Fixed(List.of(
                        application("fresh-review", ApplicationStatus.DISTRICT_REVIEW, "2026-06-30"),
                        application("late-review", ApplicationStatus.DISTRICT_REVIEW, "2026-06-01"),
                        application("higher", ApplicationStatus.HIGHER_REVIEW, "2026-01-05"),
                        application("returned", ApplicationStatus.RETURNED, "2026-05-01"),
                        application("late-intake", ApplicationStatus.SUBMITTED, "2026-06-10"))),
                new ServiceLevelProperties(
                        Map.of(ApplicationStatus.SUBMITTED, 5, ApplicationStatus.DISTRICT_REVIEW, 15), List.of()),
                TODAY);

        List<ReviewQueue.Item> items = queue.queue(null, null);

        assertThat(items)
                .extracting(item -> item.application().id())
                .containsExactly("late-intake", "late-review", "fresh-review", "higher");
        assertThat(items.get(0).overdue()).isTrue();
        assertThat(items.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(items.get(2).overdue()).isFalse();
        assertThat(items.get(3).dueOn()).isNull();
    }
}
