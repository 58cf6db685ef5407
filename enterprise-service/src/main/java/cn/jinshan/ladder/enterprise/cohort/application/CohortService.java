package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.CohortFigures;
import cn.jinshan.ladder.enterprise.cohort.domain.Cohorts;
import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.cohort.domain.Member;
import cn.jinshan.ladder.enterprise.cohort.domain.MemberFilter;
import cn.jinshan.ladder.enterprise.targets.application.TargetService;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.enterprise.targets.domain.PlanPeriod;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Cohort figures and the member lists behind them, read from the precomputed buckets (no scan of enterprises). */
@Service
public class CohortService {

    private final FactStore facts;
    private final TargetService targets;
    private final Clock clock;

    CohortService(FactStore facts, TargetService targets, Clock clock) {
        this.facts = facts;
        this.targets = targets;
        this.clock = clock;
    }

    /** Validates the request parameters: period id (default: the one containing today), as-of date (default today). */
    public CohortRequest request(Indicator indicator, String period, String asOf) {
        LocalDate today = LocalDate.now(clock.withZone(FirmStates.SHANGHAI));
        LocalDate date = today;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("asOf", "date", "asOf must be a date yyyy-MM-dd");
            }
            if (date.isAfter(today)) {
                throw new InvalidInputException("asOf", "notFuture", "asOf must not lie in the future");
            }
        }
        PlanPeriod plan = period == null || period.isBlank() ? current(today) : targets.period(period.trim());
        return new CohortRequest(indicator, plan, date);
    }

    /** Every member of the cohort (entrants in the window, and for STOCK indicators every firm in). */
    public List<Member> members(CohortRequest request) {
        MemberFilter.Window window = request.window();
        int lastYear = window.to().getYear();
        List<Integer> years = request.indicator().measure() == Indicator.Measure.STOCK
                ? facts.years(request.indicator()).stream()
                        .filter(y -> y <= lastYear)
                        .toList()
                : yearsBetween(window.from().getYear(), lastYear);
        List<Fact> log = new ArrayList<>();
        years.forEach(year -> log.addAll(facts.bucket(request.indicator(), year)));
        return Cohorts.members(log, request.indicator(), request.knownAt(), window.from(), window.to(), request.asOf());
    }

    public CohortFigures figures(CohortRequest request) {
        return CohortFigures.of(request.indicator(), members(request), request.window());
    }

    /** The firms behind one figure: the same predicates the counts use. */
    public List<Member> firms(CohortRequest request, MemberFilter filter) {
        if (filter.year() != null
                && (filter.year() < request.period().startYear()
                        || filter.year() > request.period().endYear())) {
            throw new InvalidInputException(
                    "year",
                    "withinPeriod",
                    "year must lie in the period " + request.period().id());
        }
        return filter.apply(members(request), request.window());
    }

    private PlanPeriod current(LocalDate today) {
        List<PlanPeriod> periods = targets.periods();
        return periods.stream()
                .filter(p -> !today.isBefore(p.start()) && !today.isAfter(p.end()))
                .findFirst()
                .orElse(periods.get(periods.size() - 1));
    }

    private static List<Integer> yearsBetween(int from, int to) {
        List<Integer> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            years.add(year);
        }
        return years;
    }
}
