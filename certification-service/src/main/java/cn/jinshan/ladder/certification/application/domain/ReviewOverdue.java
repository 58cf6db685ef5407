package cn.jinshan.ladder.certification.application.domain;

import java.time.LocalDate;

/** An application stayed in a review state past its service level: entered on, due on, days late (calendar). */
public record ReviewOverdue(ApplicationStatus status, LocalDate enteredOn, LocalDate dueOn, long daysOverdue) {}
