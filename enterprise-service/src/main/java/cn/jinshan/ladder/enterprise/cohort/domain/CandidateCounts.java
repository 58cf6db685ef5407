package cn.jinshan.ladder.enterprise.cohort.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Candidates (firms meeting a programme's criteria that have not applied) per programme, or why they are unknown.
 *
 * @param byProgramme the count per programme asked (a programme without rules is absent); empty when unavailable
 * @param reason null when available, else why certification-service could not tell them
 */
public record CandidateCounts(Map<String, Long> byProgramme, String reason) {

    public CandidateCounts {
        byProgramme = byProgramme == null ? Map.of() : Map.copyOf(new TreeMap<>(byProgramme));
    }

    public static CandidateCounts unavailable(String reason) {
        return new CandidateCounts(Map.of(), reason);
    }

    public boolean available() {
        return reason == null;
    }

    /** The counts of the programmes one filter keeps (an indicator's programmes). */
    public CandidateCounts only(java.util.function.Predicate<String> programme) {
        if (!available()) {
            return this;
        }
        Map<String, Long> kept = new TreeMap<>();
        byProgramme.forEach((code, count) -> {
            if (programme.test(code)) {
                kept.put(code, count);
            }
        });
        return new CandidateCounts(kept, null);
    }

    /** The sum over programmes; null when unavailable. */
    public Long total() {
        return available()
                ? byProgramme.values().stream().mapToLong(Long::longValue).sum()
                : null;
    }
}
