package cn.jinshan.ladder.certification.eligibility.domain;

import java.math.BigDecimal;

/** What is missing to pass, and by how much when a number says it (null when the figure is unknown). */
public record Gap(String id, String description, BigDecimal shortBy) {}
