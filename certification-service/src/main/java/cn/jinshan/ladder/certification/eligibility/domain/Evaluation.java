package cn.jinshan.ladder.certification.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The explained outcome of evaluating a firm against one rule version. {@code score} and {@code passMark} are null
 * when the version has no scoring table; {@code incomplete} and {@code missing} say what the catalogue lacks.
 */
public record Evaluation(
        String programme,
        String ruleVersion,
        boolean eligible,
        BigDecimal score,
        BigDecimal passMark,
        List<DimensionScore> dimensions,
        List<ConditionResult> conditions,
        DirectRouteTaken directRoute,
        List<Gap> gaps,
        boolean incomplete,
        List<String> missing) {

    public Evaluation {
        dimensions = List.copyOf(dimensions);
        conditions = List.copyOf(conditions);
        gaps = List.copyOf(gaps);
        missing = List.copyOf(missing);
    }
}
