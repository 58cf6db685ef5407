package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import cn.jinshan.ladder.enterprise.cohort.application.CohortRequest;
import cn.jinshan.ladder.enterprise.cohort.domain.CohortFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One indicator's cohort in a period as of a date: totals and breakdowns, each cell with gross and net. */
record CohortView(
        String indicator,
        String title,
        String measure,
        String period,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        long gross,
        long net,
        long stock,
        List<Cell> byYear,
        List<Cell> byTown,
        List<Cell> byCluster,
        List<Cell> bySpecialist) {

    /** A breakdown cell. */
    record Cell(String key, long gross, long net) {}

    static CohortView of(CohortRequest request, CohortFigures figures) {
        return new CohortView(
                request.indicator().name(),
                request.indicator().title(),
                request.indicator().measure().name(),
                request.period().id(),
                request.window().from(),
                request.window().to(),
                request.asOf(),
                figures.gross(),
                figures.net(),
                figures.stock(),
                cells(figures.byYear()),
                cells(figures.byTown()),
                cells(figures.byCluster()),
                cells(figures.bySpecialist()));
    }

    private static List<Cell> cells(Map<?, CohortFigures.Count> counts) {
        return counts.entrySet().stream()
                .map(e -> new Cell(
                        String.valueOf(e.getKey()),
                        e.getValue().gross(),
                        e.getValue().net()))
                .toList();
    }
}
