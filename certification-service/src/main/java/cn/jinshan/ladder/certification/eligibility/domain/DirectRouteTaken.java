package cn.jinshan.ladder.certification.eligibility.domain;

/** The direct route (直通) that waived the score. */
public record DirectRouteTaken(String id, String description) {}
