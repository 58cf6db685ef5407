package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.CandidateCounts;
import cn.jinshan.ladder.enterprise.cohort.domain.CohortFigures;
import cn.jinshan.ladder.enterprise.cohort.domain.Member;
import cn.jinshan.ladder.enterprise.cohort.domain.Pipeline;
import cn.jinshan.ladder.enterprise.cohort.domain.Progress;
import cn.jinshan.ladder.enterprise.cohort.domain.TownProgress;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.enterprise.targets.domain.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The officials' dashboard: per indicator the cohort figures, progress against target (yearly goals and town goals
 * when set), the run-rate projection, the
 * pipeline forecast and the candidates (eligible firms not applying, from certification-service, known for today
 * only), and each programme's funnel from eligible to approved.
 */
@Service
public class Dashboard {

    static final String ONLY_TODAY = "candidates are known for today only, not as of a past date";

    /** One indicator's row. */
    public record Row(
            CohortRequest request,
            CohortFigures figures,
            Progress progress,
            double pipelineForecast,
            List<Pipeline> pipelines,
            CandidateCounts candidates,
            List<TownProgress> towns) {}

    /** A programme's funnel: the pipeline and, when known, the candidates that make the "eligible" stage. */
    public record Funnel(Pipeline pipeline, CandidateCounts candidates, Long eligible, Double eligibleToApplied) {}

    private final CohortService cohorts;
    private final PipelineStore pipeline;
    private final RecentCandidates candidates;
    private final Clock clock;

    Dashboard(CohortService cohorts, PipelineStore pipeline, RecentCandidates candidates, Clock clock) {
        this.cohorts = cohorts;
        this.pipeline = pipeline;
        this.candidates = candidates;
        this.clock = clock;
    }

    public List<Row> rows(String period, String asOf) {
        List<CohortRequest> requests = Arrays.stream(Indicator.values())
                .map(indicator -> cohorts.request(indicator, period, asOf))
                .toList();
        CandidateCounts counts = candidates(
                requests.get(0).asOf(),
                Arrays.stream(Indicator.values())
                        .flatMap(i -> i.programmes().stream())
                        .toList());
        return requests.stream()
                .map(request -> row(request, counts.only(request.indicator()::countsProgramme)))
                .toList();
    }

    Row row(CohortRequest request, CandidateCounts counts) {
        List<Member> members = cohorts.members(request);
        CohortFigures figures = CohortFigures.of(request.indicator(), members, request.window());
        List<Pipeline> pipelines = pipelines(request);
        double forecast = pipelines.stream().mapToDouble(Pipeline::forecast).sum();
        boolean stock = request.indicator().measure() == Indicator.Measure.STOCK;
        Optional<Target> target = request.period().target(request.indicator());
        Progress progress = Progress.of(
                target.map(Target::total).orElse(null),
                target.map(Target::yearly).orElse(Map.of()),
                stock ? figures.stock() - figures.net() : 0,
                figures.net(),
                request.period().start(),
                request.period().end(),
                request.window().to(),
                forecast);
        List<TownProgress> towns = TownProgress.of(
                request.indicator(), target.map(Target::byTown).orElse(Map.of()), members, request.window(), progress);
        return new Row(request, figures, progress, forecast, pipelines, counts, towns);
    }

    /** The funnel of one programme as known at the end of the as-of day, starting at "eligible" when candidates are known. */
    public Funnel funnel(String programme, CohortRequest request) {
        Pipeline of = pipeline(programme, request);
        CandidateCounts counts = candidates(request.asOf(), List.of(programme));
        Long candidatesNow = counts.byProgramme().get(programme);
        if (candidatesNow == null) {
            return new Funnel(of, counts, null, null);
        }
        long eligible = candidatesNow + of.applied();
        return new Funnel(of, counts, eligible, eligible == 0 ? null : of.applied() / (double) eligible);
    }

    private CandidateCounts candidates(LocalDate asOf, List<String> programmes) {
        if (!asOf.equals(LocalDate.now(clock.withZone(FirmStates.SHANGHAI)))) {
            return CandidateCounts.unavailable(ONLY_TODAY);
        }
        try {
            return candidates.counts(programmes);
        } catch (CandidatesUnavailableException e) {
            return CandidateCounts.unavailable(e.getMessage());
        }
    }

    private Pipeline pipeline(String programme, CohortRequest request) {
        return Pipeline.of(programme, pipeline.tracks(programme), request.knownAt());
    }

    private List<Pipeline> pipelines(CohortRequest request) {
        return pipeline.programmes().stream()
                .filter(request.indicator()::countsProgramme)
                .map(programme -> pipeline(programme, request))
                .toList();
    }
}
