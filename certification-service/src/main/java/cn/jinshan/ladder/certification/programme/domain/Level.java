package cn.jinshan.ladder.certification.programme.domain;

/** The authority level that grants a programme. */
public enum Level {
    DISTRICT,
    MUNICIPAL,
    NATIONAL
}
