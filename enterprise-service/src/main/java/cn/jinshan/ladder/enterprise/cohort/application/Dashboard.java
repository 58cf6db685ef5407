package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.CohortFigures;
import cn.jinshan.ladder.enterprise.cohort.domain.Pipeline;
import cn.jinshan.ladder.enterprise.cohort.domain.Progress;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.enterprise.targets.domain.Target;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The officials' dashboard: per indicator the cohort figures, progress against target, the run-rate projection and
 * the pipeline forecast. Candidates (eligible firms not applying) are not offered: certification-service publishes no
 * candidates endpoint yet.
 */
@Service
public class Dashboard {

    /** One indicator's row. */
    public record Row(
            CohortRequest request,
            CohortFigures figures,
            Progress progress,
            double pipelineForecast,
            List<Pipeline> pipelines,
            boolean candidatesAvailable) {}

    private final CohortService cohorts;
    private final PipelineStore pipeline;

    Dashboard(CohortService cohorts, PipelineStore pipeline) {
        this.cohorts = cohorts;
        this.pipeline = pipeline;
    }

    public List<Row> rows(String period, String asOf) {
        return Arrays.stream(Indicator.values())
                .map(indicator -> row(cohorts.request(indicator, period, asOf)))
                .toList();
    }

    public Row row(CohortRequest request) {
        CohortFigures figures = cohorts.figures(request);
        List<Pipeline> pipelines = pipelines(request);
        double forecast = pipelines.stream().mapToDouble(Pipeline::forecast).sum();
        boolean stock = request.indicator().measure() == Indicator.Measure.STOCK;
        Integer target =
                request.period().target(request.indicator()).map(Target::total).orElse(null);
        Progress progress = Progress.of(
                target,
                stock ? figures.stock() - figures.net() : 0,
                figures.net(),
                request.period().start(),
                request.period().end(),
                request.window().to(),
                forecast);
        return new Row(request, figures, progress, forecast, pipelines, false);
    }

    /** The funnel of one programme as known at the end of the as-of day. */
    public Pipeline funnel(String programme, CohortRequest request) {
        return Pipeline.of(programme, pipeline.tracks(programme), request.knownAt());
    }

    private List<Pipeline> pipelines(CohortRequest request) {
        return pipeline.programmes().stream()
                .filter(request.indicator()::countsProgramme)
                .map(programme -> funnel(programme, request))
                .toList();
    }
}
