package cn.jinshan.ladder.certification.application.application;

/**
 * Open a draft application for a programme (the rule version in force when none is named); {@code renewal} asks for a
 * renewal (复核) of the certificate the firm holds.
 */
public record OpenApplication(String programme, String ruleVersion, boolean renewal) {}
