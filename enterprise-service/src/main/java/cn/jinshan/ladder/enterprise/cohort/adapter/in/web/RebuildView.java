package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import cn.jinshan.ladder.enterprise.cohort.domain.RebuildJob;
import java.time.Instant;

/** A cohort rebuild job as {@code GET /api/cohorts/rebuilds/{id}} answers it. */
record RebuildView(
        String id,
        String state,
        long firms,
        long facts,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    static RebuildView of(RebuildJob job) {
        return new RebuildView(
                job.id(),
                job.state().name(),
                job.firms(),
                job.facts(),
                job.requestedBy(),
                job.requestedAt(),
                job.startedAt(),
                job.finishedAt(),
                job.error());
    }
}
