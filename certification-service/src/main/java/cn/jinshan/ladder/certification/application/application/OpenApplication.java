package cn.jinshan.ladder.certification.application.application;

/** Open a draft application for a programme (the rule version in force when none is named). */
public record OpenApplication(String programme, String ruleVersion) {}
