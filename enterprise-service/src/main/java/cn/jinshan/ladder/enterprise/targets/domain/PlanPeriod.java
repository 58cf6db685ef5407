package cn.jinshan.ladder.enterprise.targets.domain;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A five-year plan period (十四五, 十五五, …) and its indicators' targets. */
public record PlanPeriod(String id, String name, int startYear, int endYear, List<Target> targets) {

    public PlanPeriod {
        targets = List.copyOf(targets);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 1, 1);
    }

    public LocalDate end() {
        return LocalDate.of(endYear, 12, 31);
    }

    public Optional<Target> target(Indicator indicator) {
        return targets.stream().filter(t -> t.indicator() == indicator).findFirst();
    }

    /** A copy with one indicator's target replaced; yearly goals outside the period or negative figures are 400s. */
    public PlanPeriod revise(
            Indicator indicator,
            Integer total,
            Map<Integer, Integer> yearly,
            Map<String, Integer> byTown,
            String by,
            Instant at) {
        List<RuleViolation> violations = new ArrayList<>();
        if (total != null && total < 0) {
            violations.add(new RuleViolation("total", "min", "total must be 0 or more"));
        }
        if (yearly != null) {
            yearly.forEach((year, goal) -> {
                if (year < startYear || year > endYear) {
                    violations.add(new RuleViolation(
                            "yearly." + year, "withinPeriod", "years must lie in " + startYear + "–" + endYear));
                } else if (goal == null || goal < 0) {
                    violations.add(new RuleViolation("yearly." + year, "min", "a yearly goal must be 0 or more"));
                }
            });
        }
        if (byTown != null) {
            byTown.forEach((town, goal) -> {
                if (town == null || town.isBlank()) {
                    violations.add(new RuleViolation("byTown", "notBlank", "a town/zone must be named"));
                } else if (goal == null || goal < 0) {
                    violations.add(new RuleViolation("byTown." + town, "min", "a town goal must be 0 or more"));
                }
            });
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<Target> revised = new ArrayList<>(
                targets.stream().filter(t -> t.indicator() != indicator).toList());
        revised.add(new Target(indicator, total, yearly, byTown, at, by));
        revised.sort(java.util.Comparator.comparing(Target::indicator));
        return new PlanPeriod(id, name, startYear, endYear, revised);
    }
}
