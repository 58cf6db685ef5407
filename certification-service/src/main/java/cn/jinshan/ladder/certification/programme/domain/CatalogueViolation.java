package cn.jinshan.ladder.certification.programme.domain;

/** One field of a catalogue entry that breaks one rule. */
public record CatalogueViolation(String field, String rule, String message) {}
