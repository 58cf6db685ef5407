package cn.jinshan.ladder.kit.error;

/** One input field that breaks one rule, with a message a person can act on. */
public record RuleViolation(String field, String rule, String message) {}
