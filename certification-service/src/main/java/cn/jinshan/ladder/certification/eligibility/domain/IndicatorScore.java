package cn.jinshan.ladder.certification.eligibility.domain;

import java.math.BigDecimal;

/** The points one indicator earned and why ({@code band} names the criterion that held, or "none"). */
public record IndicatorScore(String id, String description, BigDecimal points, String band) {}
