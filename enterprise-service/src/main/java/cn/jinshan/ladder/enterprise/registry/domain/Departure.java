package cn.jinshan.ladder.enterprise.registry.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A firm's leaving the district: moved out (迁出) or deregistered (注销) on a date, as an official recorded it.
 *
 * @param on the day it left
 * @param reason why
 * @param note free text (the decision, a reference)
 */
public record Departure(LocalDate on, Reason reason, String note, String recordedBy, Instant recordedAt) {

    /** MOVED_OUT: 迁出 (registered elsewhere now); DEREGISTERED: 注销 (dissolved). */
    public enum Reason {
        MOVED_OUT,
        DEREGISTERED
    }
}
