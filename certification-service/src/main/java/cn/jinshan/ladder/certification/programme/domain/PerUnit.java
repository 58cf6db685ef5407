package cn.jinshan.ladder.certification.programme.domain;

import java.math.BigDecimal;

/** Points per whole unit of a metric, capped: e.g. 1 point per 2 years in the niche, at most 5. */
public record PerUnit(String metric, BigDecimal per, BigDecimal points, BigDecimal cap) {}
