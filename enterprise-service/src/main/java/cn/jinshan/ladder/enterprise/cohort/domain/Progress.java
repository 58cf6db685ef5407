package cn.jinshan.ladder.enterprise.cohort.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * An indicator's progress against its target: the achieved figure, what the target expects by now (from the yearly
 * goals when they are set, else pro rata through the period), the run-rate projection to the period's end, and
 * whether that projection (plus the pipeline) reaches the target.
 *
 * @param expectedBasis YEARLY (the goals of the years before the as-of year plus the as-of year's goal pro rata
 *     through that year) or PRO_RATA (the total pro rata through the period); null without a target
 */
public record Progress(
        Integer target,
        long achieved,
        Double percent,
        Double expectedByNow,
        Double projection,
        Status status,
        String expectedBasis) {

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
        return of(target, Map.of(), base, gained, from, end, asOf, pipeline);
    }

    /** As above, with yearly goals (year → goal; empty when none): they set the expectation, and the total if unset. */
    public static Progress of(
            Integer total,
            Map<Integer, Integer> yearly,
            long base,
            long gained,
            LocalDate from,
            LocalDate end,
            LocalDate asOf,
            double pipeline) {
        long achieved = base + gained;
        long periodDays = ChronoUnit.DAYS.between(from, end) + 1;
        long elapsed = Math.max(1, Math.min(periodDays, ChronoUnit.DAYS.between(from, asOf) + 1));
        double projection = base + gained * (double) periodDays / elapsed;
        Integer target = total != null || yearly.isEmpty()
                ? total
                : Integer.valueOf(
                        yearly.values().stream().mapToInt(Integer::intValue).sum());
        if (target == null) {
            return new Progress(null, achieved, null, null, projection, Status.NO_TARGET, null);
        }
        boolean byYear = !yearly.isEmpty();
        double expected = byYear ? byYear(yearly, from, end, asOf) : target * (double) elapsed / periodDays;
        Status status = projection + pipeline >= target || achieved >= target ? Status.ON_TRACK : Status.AT_RISK;
        return new Progress(
                target,
                achieved,
                target == 0 ? null : 100.0 * achieved / target,
                expected,
                projection,
                status,
                byYear ? "YEARLY" : "PRO_RATA");
    }

    /** The share of the expectation a part (a town's goal) of the target carries: its goal × expected / target. */
    public Double expectedOf(int goal) {
        if (expectedByNow == null || target == null || target == 0) {
            return null;
        }
        return goal * expectedByNow / target;
    }

    private static double byYear(Map<Integer, Integer> yearly, LocalDate from, LocalDate end, LocalDate asOf) {
        LocalDate day = asOf.isAfter(end) ? end : asOf;
        double expected = 0;
        for (Map.Entry<Integer, Integer> goal : yearly.entrySet()) {
            int year = goal.getKey();
            if (year < day.getYear()) {
                expected += goal.getValue();
            } else if (year == day.getYear()) {
                LocalDate first = LocalDate.of(year, 1, 1).isBefore(from) ? from : LocalDate.of(year, 1, 1);
                LocalDate last = LocalDate.of(year, 12, 31).isAfter(end) ? end : LocalDate.of(year, 12, 31);
                double days = ChronoUnit.DAYS.between(first, last) + 1;
                double gone = Math.max(0, ChronoUnit.DAYS.between(first, day) + 1);
                expected += goal.getValue() * Math.min(1.0, gone / days);
            }
        }
        return expected;
    }
}
