package cn.jinshan.ladder.enterprise.cohort.domain;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The counts of one indicator's cohort, each computed from the same member list the drill-down returns: gross new
 * entrants in the window, those still in (net), and for STOCK indicators every firm in at the as-of date.
 */
public record CohortFigures(
        long gross,
        long net,
        long stock,
        Map<Integer, Count> byYear,
        Map<String, Count> byTown,
        Map<String, Count> byCluster,
        Map<String, Count> bySpecialist) {

    /** Gross and net of one breakdown cell. */
    public record Count(long gross, long net) {}

    public static CohortFigures of(Indicator indicator, List<Member> members, MemberFilter.Window window) {
        List<Member> entrants = members.stream().filter(window::entered).toList();
        long stock = indicator.measure() == Indicator.Measure.STOCK
                ? members.stream().filter(Member::net).count()
                : entrants.stream().filter(Member::net).count();
        return new CohortFigures(
                entrants.size(),
                entrants.stream().filter(Member::net).count(),
                stock,
                by(entrants, Member::year),
                by(entrants, m -> MemberFilter.label(m.town())),
                by(entrants, m -> MemberFilter.label(m.cluster())),
                by(entrants, m -> MemberFilter.label(m.specialist())));
    }

    private static <K> Map<K, Count> by(List<Member> entrants, Function<Member, K> key) {
        return entrants.stream()
                .collect(Collectors.groupingBy(
                        key,
                        TreeMap::new,
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                list -> new Count(
                                        list.size(),
                                        list.stream().filter(Member::net).count()))));
    }
}
