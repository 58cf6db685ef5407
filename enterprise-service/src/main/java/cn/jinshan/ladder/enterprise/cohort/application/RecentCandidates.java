package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.CandidateCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Candidate counts remembered for a short while and asked within a time budget, so that a slow certification-service
 * (each count evaluates every firm) cannot stall the dashboard past the gateway's time limit.
 */
@Component
class RecentCandidates {

    static final String OVER_BUDGET =
            "certification-service is slow; candidates were skipped to keep the dashboard fast";

    private record Remembered(OptionalLong count, Instant at) {}

    private final CandidateSource source;
    private final Clock clock;
    private final Duration ttl;
    private final Duration budget;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RecentCandidates(
            CandidateSource source,
            Clock clock,
            @Value("${ladder.cohorts.candidates-ttl:60s}") Duration ttl,
            @Value("${ladder.cohorts.candidates-budget:3s}") Duration budget) {
        this.source = source;
        this.clock = clock;
        this.ttl = ttl;
        this.budget = budget;
    }

    /** The counts of the programmes; throws {@link CandidatesUnavailableException} when they cannot be told now. */
    CandidateCounts counts(List<String> programmes) {
        long deadline = System.nanoTime() + budget.toNanos();
        Map<String, Long> counts = new HashMap<>();
        for (String programme : programmes) {
            Remembered known = remembered.get(programme);
            if (known == null || !known.at().plus(ttl).isAfter(clock.instant())) {
                if (System.nanoTime() > deadline) {
                    throw new CandidatesUnavailableException(OVER_BUDGET, null);
                }
                known = new Remembered(source.count(programme), clock.instant());
                remembered.put(programme, known);
            }
            known.count().ifPresent(value -> counts.put(programme, value));
        }
        return new CandidateCounts(counts, null);
    }
}
