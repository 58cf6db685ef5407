package cn.jinshan.ladder.certification.programme.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A hard condition of a rule version: either a single comparison (metric, operator, threshold) or a group of
 * conditions of which at least {@code atLeast} must hold (all of them when {@code atLeast} is null).
 * A null threshold means the research found no figure: the condition is not met until an administrator fills it.
 */
public record Condition(
        String id,
        String description,
        String metric,
        Operator operator,
        BigDecimal threshold,
        List<Condition> group,
        Integer atLeast) {

    public Condition {
        group = group == null ? List.of() : List.copyOf(group);
    }

    /** A single comparison. */
    public static Condition of(String id, String description, String metric, Operator operator, BigDecimal threshold) {
        return new Condition(id, description, metric, operator, threshold, List.of(), null);
    }

    public boolean composite() {
        return !group.isEmpty();
    }

    /** How many members of a group must hold. */
    public int required() {
        return atLeast == null ? group.size() : atLeast;
    }

    /** This condition as a criterion (single comparisons only). */
    public Criterion criterion() {
        return new Criterion(metric, operator, threshold);
    }
}
