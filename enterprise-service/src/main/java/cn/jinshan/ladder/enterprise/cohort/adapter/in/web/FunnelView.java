package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import cn.jinshan.ladder.enterprise.cohort.application.Dashboard;
import cn.jinshan.ladder.enterprise.cohort.domain.Pipeline;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A programme's funnel: the pipeline's fields, and {@code eligible} (candidates + applied) when candidates are known. */
record FunnelView(
        @JsonUnwrapped Pipeline pipeline, Long eligible, Double eligibleToApplied, CandidatesView candidates) {

    static FunnelView of(Dashboard.Funnel funnel) {
        return new FunnelView(
                funnel.pipeline(),
                funnel.eligible(),
                funnel.eligibleToApplied(),
                CandidatesView.of(funnel.candidates()));
    }
}
