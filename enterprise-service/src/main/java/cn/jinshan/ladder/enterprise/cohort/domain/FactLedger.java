package cn.jinshan.ladder.enterprise.cohort.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Brings a firm's fact log in line with what its state implies, appending only: new facts, and retractions. */
public final class FactLedger {

    private FactLedger() {}

    /** The facts still standing in a log (not retracted). */
    public static List<Fact> standing(List<Fact> log) {
        Set<String> retracted = log.stream()
                .filter(f -> f.kind() == Fact.Kind.RETRACTED)
                .map(Fact::retracts)
                .collect(Collectors.toSet());
        return log.stream()
                .filter(f -> f.kind() != Fact.Kind.RETRACTED && !retracted.contains(f.id()))
                .toList();
    }

    /** The facts to append so the log's standing facts say exactly {@code derived}; empty when they already do. */
    public static List<Fact> reconcile(List<Fact> log, List<Fact> derived, Instant now, Supplier<String> ids) {
        List<Fact> standing = standing(log);
        List<Fact> appended = new ArrayList<>();
        for (Fact old : standing) {
            if (derived.stream().noneMatch(old::says)) {
                appended.add(old.retraction(ids.get(), now));
            }
        }
        for (Fact fact : derived) {
            if (standing.stream().noneMatch(fact::says)) {
                appended.add(fact.recorded(ids.get(), now));
            }
        }
        return appended;
    }
}
