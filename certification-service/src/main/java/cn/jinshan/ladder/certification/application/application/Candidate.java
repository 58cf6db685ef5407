package cn.jinshan.ladder.certification.application.application;

import java.math.BigDecimal;

/** A firm that meets a programme's criteria on its latest figures and has not applied for it. */
public record Candidate(
        String enterpriseId, String legalName, String town, String ruleVersion, BigDecimal score, String directRoute) {}
