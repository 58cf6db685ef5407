package cn.jinshan.ladder.enterprise.cohort.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An indicator's progress against its target: the achieved figure, what the target expects by now (pro rata through
 * the period), the run-rate projection to the period's end, and whether that projection (plus the pipeline) reaches
 * the target.
 */
public record Progress(
        Integer target, long achieved, Double percent, Double expectedByNow, Double projection, Status status) {

    /** ON_TRACK: the projection reaches the target; AT_RISK: it falls short; NO_TARGET: none is set. */
    public enum Status {
        ON_TRACK,
        AT_RISK,
        NO_TARGET
    }

    /**
     * @param base what counted already at the period's start (STOCK indicators; 0 for NEW ones)
     * @param gained what the period added so far
     */
    public static Progress of(
            Integer target, long base, long gained, LocalDate from, LocalDate end, LocalDate asOf, double pipeline) {
        long achieved = base + gained;
        long periodDays = ChronoUnit.DAYS.between(from, end) + 1;
        long elapsed = Math.max(1, Math.min(periodDays, ChronoUnit.DAYS.between(from, asOf) + 1));
        double projection = base + gained * (double) periodDays / elapsed;
        if (target == null) {
            return new Progress(null, achieved, null, null, projection, Status.NO_TARGET);
        }
        double expected = target * (double) elapsed / periodDays;
        Status status = projection + pipeline >= target || achieved >= target ? Status.ON_TRACK : Status.AT_RISK;
        return new Progress(
                target, achieved, target == 0 ? null : 100.0 * achieved / target, expected, projection, status);
    }
}
