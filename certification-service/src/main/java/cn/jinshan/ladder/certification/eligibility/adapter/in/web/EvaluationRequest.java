package cn.jinshan.ladder.certification.eligibility.adapter.in.web;

import cn.jinshan.ladder.certification.eligibility.application.EvaluateEligibility;
import cn.jinshan.ladder.certification.programme.domain.Metrics;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of an evaluation: a programme, optionally a rule version, and either a firm or its figures. */
record EvaluationRequest(String programme, String ruleVersion, String enterpriseId, Map<String, Object> metrics) {

    EvaluateEligibility toCommand() {
        return new EvaluateEligibility(programme, ruleVersion, enterpriseId, metrics == null ? null : figures());
    }

    private Map<String, BigDecimal> figures() {
        List<RuleViolation> violations = new ArrayList<>();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        metrics.forEach((name, value) -> {
            String field = "metrics." + name;
            if (!Metrics.isKnown(name)) {
                violations.add(new RuleViolation(field, "knownMetric", "is not a known metric"));
            } else if (value instanceof Number number) {
                figures.put(name, new BigDecimal(number.toString()));
            } else if (value instanceof Boolean flag) {
                figures.put(name, flag ? BigDecimal.ONE : BigDecimal.ZERO);
            } else if (value != null) {
                violations.add(new RuleViolation(field, "number", "must be a number or true/false"));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return figures;
    }
}
