package cn.jinshan.ladder.certification.eligibility.domain;

/** A hard condition with the firm's actual figure against the requirement. */
public record ConditionResult(String id, String description, boolean met, String actual, String required) {}
