package cn.jinshan.ladder.enterprise.registry.domain;

import java.time.Instant;

/** A stay on one rung: when it began and ended (null while current) and what caused the move onto it. */
public record StageEntry(Rung rung, Instant enteredAt, Instant exitedAt, String cause, String certificateId) {

    StageEntry exit(Instant at) {
        return new StageEntry(rung, enteredAt, at, cause, certificateId);
    }
}
