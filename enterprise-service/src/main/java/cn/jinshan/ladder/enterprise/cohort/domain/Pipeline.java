package cn.jinshan.ladder.enterprise.cohort.domain;

import cn.jinshan.ladder.enterprise.cohort.domain.ApplicationTrack.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's applications as known at an instant: how many are in flight per stage, each stage's historical pass
 * rate (approved among the finished applications that reached it), the forecast they imply, and the funnel.
 */
public record Pipeline(
        String programme,
        Map<Stage, Long> inFlight,
        Map<Stage, Double> passRate,
        double forecast,
        long applied,
        long recommended,
        long approved,
        Double appliedToRecommended,
        Double recommendedToApproved,
        Double appliedToApproved,
        Double medianDaysToRecommendation,
        Double medianDaysToDecision) {

    public static Pipeline of(String programme, List<ApplicationTrack> tracks, Instant knownAt) {
        Map<Stage, Long> inFlight = new EnumMap<>(Stage.class);
        Map<Stage, Double> passRate = new EnumMap<>(Stage.class);
        double forecast = 0;
        for (Stage stage : List.of(Stage.APPLIED, Stage.RECOMMENDED)) {
            long current = tracks.stream()
                    .filter(t -> t.stageAt(knownAt).orElse(null) == stage)
                    .count();
            inFlight.put(stage, current);
            List<ApplicationTrack> finished = tracks.stream()
                    .filter(t -> t.reached(stage, knownAt).isPresent())
                    .filter(t -> t.stageAt(knownAt).map(s -> !s.inFlight()).orElse(false))
                    .toList();
            if (!finished.isEmpty()) {
                double rate = finished.stream()
                                .filter(t -> t.stageAt(knownAt).orElse(null) == Stage.APPROVED)
                                .count()
                        / (double) finished.size();
                passRate.put(stage, rate);
                forecast += current * rate;
            }
        }
        long applied = reaching(tracks, Stage.APPLIED, knownAt);
        long recommended = reaching(tracks, Stage.RECOMMENDED, knownAt);
        long approved = reaching(tracks, Stage.APPROVED, knownAt);
        return new Pipeline(
                programme,
                inFlight,
                passRate,
                forecast,
                applied,
                recommended,
                approved,
                ratio(recommended, applied),
                ratio(approved, recommended),
                ratio(approved, applied),
                Medians.days(tracks, Stage.APPLIED, Stage.RECOMMENDED, knownAt),
                Medians.days(tracks, Stage.RECOMMENDED, Stage.APPROVED, knownAt));
    }

    private static long reaching(List<ApplicationTrack> tracks, Stage stage, Instant knownAt) {
        return tracks.stream()
                .filter(t -> t.reached(stage, knownAt).isPresent())
                .count();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : part / (double) whole;
    }

    /** Median time between two stages over the applications that reached both. */
    static final class Medians {

        private Medians() {}

        static Double days(List<ApplicationTrack> tracks, Stage from, Stage to, Instant knownAt) {
            List<Double> days = tracks.stream()
                    .map(t -> between(t.reached(from, knownAt), t.reached(to, knownAt)))
                    .flatMap(Optional::stream)
                    .sorted()
                    .toList();
            if (days.isEmpty()) {
                return null;
            }
            int middle = days.size() / 2;
            return days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2;
        }

        private static Optional<Double> between(Optional<Instant> start, Optional<Instant> end) {
            if (start.isEmpty() || end.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(start.get(), end.get()).toHours() / 24.0);
        }
    }
}
