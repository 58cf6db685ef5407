package cn.jinshan.ladder.certification.application.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Service levels per state in working days (Monday to Friday, minus the configured holidays): when an application
 * that entered a state on a day is due to leave it, and whether it is overdue.
 */
public final class ReviewClock {

    private final Map<ApplicationStatus, Integer> workingDays;
    private final Set<LocalDate> holidays;

    public ReviewClock(Map<ApplicationStatus, Integer> workingDays, Set<LocalDate> holidays) {
        this.workingDays = Map.copyOf(workingDays);
        this.holidays = Set.copyOf(holidays);
    }

    /** The last day the state may last, or empty when the state has no service level. */
    public Optional<LocalDate> dueOn(ApplicationStatus status, LocalDate entered) {
        Integer days = workingDays.get(status);
        if (days == null) {
            return Optional.empty();
        }
        LocalDate day = entered;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return Optional.of(day);
    }

    public boolean overdue(ApplicationStatus status, LocalDate entered, LocalDate today) {
        return dueOn(status, entered).map(due -> due.isBefore(today)).orElse(false);
    }

    private boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
