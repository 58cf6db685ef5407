package cn.jinshan.ladder.notification.push.application;

import java.time.Instant;
import java.util.Objects;

/** Whether to push an item now, hold it until quiet hours end, or not push it at all. */
public record PushDecision(Kind kind, Instant holdUntil) {

    /** The three answers. */
    public enum Kind {
        SEND_NOW,
        HOLD,
        SKIP
    }

    public PushDecision {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.HOLD) {
            Objects.requireNonNull(holdUntil, "holdUntil");
        }
    }

    public static PushDecision sendNow() {
        return new PushDecision(Kind.SEND_NOW, null);
    }

    public static PushDecision holdUntil(Instant until) {
        return new PushDecision(Kind.HOLD, until);
    }

    public static PushDecision skip() {
        return new PushDecision(Kind.SKIP, null);
    }
}
