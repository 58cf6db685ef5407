package cn.jinshan.ladder.certification.eligibility.application;

import java.math.BigDecimal;
import java.util.Map;

/** Evaluate a firm (by id, with its figures from enterprise-service) or a set of figures against a programme. */
public record EvaluateEligibility(
        String programme, String ruleVersion, String enterpriseId, Map<String, BigDecimal> metrics) {}
