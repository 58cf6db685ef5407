package cn.jinshan.ladder.certification.application.domain;

import java.time.Instant;

/** One step of the audit trail: who moved the application from where to where, when and why. */
public record Transition(ApplicationStatus from, ApplicationStatus to, Actor actor, Instant at, String comment) {}
