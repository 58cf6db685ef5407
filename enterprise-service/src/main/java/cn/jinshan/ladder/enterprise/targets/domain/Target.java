package cn.jinshan.ladder.enterprise.targets.domain;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** One indicator's goal in a plan period: the total, optional yearly goals and an optional split by town/zone. */
public record Target(
        Indicator indicator,
        Integer total,
        Map<Integer, Integer> yearly,
        Map<String, Integer> byTown,
        Instant updatedAt,
        String updatedBy) {

    public Target {
        yearly = yearly == null ? Map.of() : Map.copyOf(new TreeMap<>(yearly));
        byTown = byTown == null ? Map.of() : Map.copyOf(byTown);
    }

    /** The goal up to and including a year: the yearly goals when set, else the total spread evenly. */
    public Double expectedBy(int year, int startYear, int endYear) {
        if (!yearly.isEmpty()) {
            return yearly.entrySet().stream()
                    .filter(e -> e.getKey() <= year)
                    .mapToDouble(Map.Entry::getValue)
                    .sum();
        }
        if (total == null) {
            return null;
        }
        return total * (double) (Math.min(year, endYear) - startYear + 1) / (endYear - startYear + 1);
    }
}
