package cn.jinshan.ladder.enterprise.cohort.domain;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads memberships out of a fact log as the system knew them at {@code knownAt} (facts recorded later are
 * invisible): NEW indicators count the firms that entered between {@code from} and {@code to}; STOCK indicators the
 * firms in at {@code asOf} (and those that entered in the window). A member counts net unless a standing LEFT fact
 * dates on or before {@code asOf}.
 */
public final class Cohorts {

    private Cohorts() {}

    public static List<Member> members(
            List<Fact> log, Indicator indicator, Instant knownAt, LocalDate from, LocalDate to, LocalDate asOf) {
        List<Fact> known = FactLedger.standing(log.stream()
                .filter(f -> f.indicator() == indicator && !f.recordedAt().isAfter(knownAt))
                .toList());
        Map<String, Fact> entries = new HashMap<>();
        Map<String, Fact> exits = new HashMap<>();
        for (Fact fact : known) {
            String key = fact.firm() + "|" + fact.spell();
            Map<String, Fact> target = fact.kind() == Fact.Kind.ENTERED ? entries : exits;
            target.merge(key, fact, (a, b) -> b.recordedAt().isAfter(a.recordedAt()) ? b : a);
        }
        boolean stock = indicator.measure() == Indicator.Measure.STOCK;
        return entries.entrySet().stream()
                .filter(e -> !e.getValue().on().isAfter(to)
                        && (stock || !e.getValue().on().isBefore(from)))
                .map(e -> member(e.getValue(), exits.get(e.getKey()), asOf))
                .filter(m -> !stock || m.net() || !m.enteredOn().isBefore(from))
                .sorted(Comparator.comparing(Member::enteredOn).thenComparing(Member::firm))
                .toList();
    }

    private static Member member(Fact entered, Fact left, LocalDate asOf) {
        boolean gone = left != null && !left.on().isAfter(asOf);
        return new Member(
                entered.firm(),
                entered.name(),
                entered.town(),
                entered.cluster(),
                entered.specialist(),
                entered.on(),
                gone ? left.on() : null,
                gone ? left.cause() : null);
    }
}
