package cn.jinshan.ladder.enterprise.cohort.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One run of the cohort rebuild: queued, running (with the firms reconciled so far), then succeeded with its counts
 * or failed with the reason. A job that was queued or running when the service stopped is failed at the next start.
 */
public record RebuildJob(
        String id,
        State state,
        long firms,
        long facts,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    /** Where a job stands. */
    public enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    public static RebuildJob queued(String id, String requestedBy, Instant at) {
        return new RebuildJob(id, State.QUEUED, 0, 0, requestedBy, at, null, null, null);
    }

    public RebuildJob started(Instant at) {
        return new RebuildJob(id, State.RUNNING, 0, 0, requestedBy, requestedAt, at, null, null);
    }

    public RebuildJob progressed(long firmsSoFar) {
        return new RebuildJob(id, state, firmsSoFar, facts, requestedBy, requestedAt, startedAt, finishedAt, error);
    }

    public RebuildJob succeeded(long firmCount, long factCount, Instant at) {
        return new RebuildJob(id, State.SUCCEEDED, firmCount, factCount, requestedBy, requestedAt, startedAt, at, null);
    }

    public RebuildJob failed(String reason, Instant at) {
        return new RebuildJob(id, State.FAILED, firms, facts, requestedBy, requestedAt, startedAt, at, reason);
    }

    /** Queued or running. */
    public boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    /** Firms reconciled per second between start and finish (0 while unknown). */
    public double firmsPerSecond() {
        if (startedAt == null || finishedAt == null) {
            return 0;
        }
        long millis = Math.max(1, Duration.between(startedAt, finishedAt).toMillis());
        return firms * 1000.0 / millis;
    }
}
