package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import cn.jinshan.ladder.enterprise.cohort.application.Dashboard;
import cn.jinshan.ladder.enterprise.cohort.domain.Pipeline;
import cn.jinshan.ladder.enterprise.cohort.domain.Progress;
import cn.jinshan.ladder.enterprise.cohort.domain.TownProgress;
import java.util.List;

/** One indicator on the dashboard: its cohort, progress and outlook, its towns' goals and its programmes' candidates. */
record DashboardView(
        CohortView cohort,
        Progress progress,
        double pipelineForecast,
        List<Pipeline> pipelines,
        CandidatesView candidates,
        List<TownProgress> towns) {

    static DashboardView of(Dashboard.Row row) {
        return new DashboardView(
                CohortView.of(row.request(), row.figures()),
                row.progress(),
                row.pipelineForecast(),
                row.pipelines(),
                CandidatesView.of(row.candidates()),
                row.towns());
    }
}
