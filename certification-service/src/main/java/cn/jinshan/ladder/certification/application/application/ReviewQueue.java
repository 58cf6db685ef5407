package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.Application;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.certification.application.domain.ReviewClock;
import cn.jinshan.ladder.certification.application.domain.Transition;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** The officials' queue: applications waiting on the district or a higher level, overdue first, then by due date. */
@Service
@EnableConfigurationProperties(ServiceLevelProperties.class)
public class ReviewQueue {

    static final Set<ApplicationStatus> WAITING = Set.of(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.DISTRICT_REVIEW,
            ApplicationStatus.HIGHER_REVIEW,
            ApplicationStatus.PUBLICITY);

    private final ApplicationStore store;
    private final ReviewClock reviewClock;
    private final Clock clock;

    ReviewQueue(ApplicationStore store, ServiceLevelProperties properties, Clock clock) {
        this.store = store;
        this.reviewClock = new ReviewClock(properties.workingDays(), new HashSet<>(properties.holidays()));
        this.clock = clock;
    }

    /** One application in the queue with its service level. */
    public record Item(ApplicationState application, LocalDate enteredOn, LocalDate dueOn, boolean overdue) {}

    public List<Item> queue(String programme, ApplicationStatus status) {
        LocalDate today = LocalDate.now(clock);
        Set<ApplicationStatus> wanted = status == null ? WAITING : Set.of(status);
        return store.findInStatuses(wanted, programme).stream()
                .filter(application -> WAITING.contains(application.status()))
                .map(application -> item(application, today))
                .sorted(Comparator.comparing(Item::overdue)
                        .reversed()
                        .thenComparing(item -> item.dueOn() == null ? LocalDate.MAX : item.dueOn())
                        .thenComparing(Item::enteredOn))
                .toList();
    }

    /**
     * Emits {@code certification.ReviewOverdue} for every waiting application past its service level, once per
     * application and stage; returns how many were sent.
     */
    public int noticeOverdue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Item item : queue(null, null)) {
            if (!item.overdue()) {
                continue;
            }
            Application application = Application.restore(item.application());
            var overdue = application.noticeOverdue(item.enteredOn(), item.dueOn(), today);
            if (overdue.isPresent()) {
                store.update(
                        application.state(),
                        item.application().version(),
                        List.of(ApplicationEvents.reviewOverdue(overdue.get(), application.state(), clock.instant())));
                sent++;
            }
        }
        return sent;
    }

    /** The service level of any application: when it entered its state, when that is due, whether it is late. */
    public Item serviceLevel(ApplicationState application) {
        return item(application, LocalDate.now(clock));
    }

    private Item item(ApplicationState application, LocalDate today) {
        ZoneId zone = clock.getZone();
        LocalDate entered = Optional.ofNullable(
                        application.history().isEmpty()
                                ? null
                                : application
                                        .history()
                                        .get(application.history().size() - 1))
                .map(Transition::at)
                .orElse(application.openedAt())
                .atZone(zone)
                .toLocalDate();
        LocalDate due = reviewClock.dueOn(application.status(), entered).orElse(null);
        return new Item(application, entered, due, reviewClock.overdue(application.status(), entered, today));
    }
}
