package cn.jinshan.ladder.enterprise.cohort.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One application's path through the certification workflow, as the stages it reached and when. */
public record ApplicationTrack(String applicationId, String firm, String programme, List<Transition> transitions) {

    public ApplicationTrack {
        transitions = transitions.stream()
                .sorted(Comparator.comparing(Transition::at))
                .toList();
    }

    /** The funnel stages; APPLIED and RECOMMENDED are in flight, the others are outcomes. */
    public enum Stage {
        APPLIED,
        RECOMMENDED,
        APPROVED,
        REJECTED,
        WITHDRAWN;

        public boolean inFlight() {
            return this == APPLIED || this == RECOMMENDED;
        }
    }

    /** A stage reached at an instant. */
    public record Transition(Stage stage, Instant at) {}

    /** The stage at {@code knownAt}, empty when the application had not been submitted yet. */
    Optional<Stage> stageAt(Instant knownAt) {
        return transitions.stream()
                .filter(t -> !t.at().isAfter(knownAt))
                .reduce((a, b) -> b)
                .map(Transition::stage);
    }

    /** When the stage was first reached, by {@code knownAt}. */
    Optional<Instant> reached(Stage stage, Instant knownAt) {
        return transitions.stream()
                .filter(t -> t.stage() == stage && !t.at().isAfter(knownAt))
                .map(Transition::at)
                .findFirst();
    }
}
