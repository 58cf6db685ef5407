package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import cn.jinshan.ladder.enterprise.cohort.application.CohortRequest;
import cn.jinshan.ladder.enterprise.cohort.application.CohortService;
import cn.jinshan.ladder.enterprise.cohort.application.RebuildJobs;
import cn.jinshan.ladder.enterprise.cohort.domain.Member;
import cn.jinshan.ladder.enterprise.cohort.domain.MemberFilter;
import cn.jinshan.ladder.enterprise.cohort.domain.RebuildJob;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cohort figures per indicator and period, as of a date, and the firms behind each figure. */
@RestController
@PreAuthorize("hasAnyRole('OFFICIAL','ADMIN','SPECIALIST')")
class CohortController {

    private final CohortService cohorts;
    private final RebuildJobs rebuilds;

    CohortController(CohortService cohorts, RebuildJobs rebuilds) {
        this.cohorts = cohorts;
        this.rebuilds = rebuilds;
    }

    @GetMapping("/api/cohorts")
    List<CohortView> cohorts(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String asOf) {
        List<Indicator> indicators = indicator == null || indicator.isBlank()
                ? Arrays.asList(Indicator.values())
                : List.of(Indicator.parse("indicator", indicator));
        return indicators.stream()
                .map(i -> cohorts.request(i, period, asOf))
                .map(request -> CohortView.of(request, cohorts.figures(request)))
                .toList();
    }

    @GetMapping("/api/cohorts/{indicator}/firms")
    MembersView firms(
            @PathVariable String indicator,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String cluster,
            @RequestParam(required = false) String specialist) {
        CohortRequest request = cohorts.request(Indicator.parse("indicator", indicator), period, asOf);
        MemberFilter filter = new MemberFilter(scope(scope), year, town, cluster, specialist);
        List<Member> firms = cohorts.firms(request, filter);
        return new MembersView(
                request.indicator().name(),
                request.period().id(),
                request.asOf(),
                filter.scope().name(),
                firms.size(),
                firms);
    }

    /** Starts a rebuild job: 202 with the job and its status resource; 409 {@code rebuild-running} while one runs. */
    @PostMapping("/api/cohorts/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<RebuildView> rebuild(CurrentUser user) {
        RebuildJob job = rebuilds.start(user.username() == null ? user.subject() : user.username());
        return ResponseEntity.accepted()
                .location(URI.create("/api/cohorts/rebuilds/" + job.id()))
                .body(RebuildView.of(job));
    }

    @GetMapping("/api/cohorts/rebuilds/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    RebuildView rebuildJob(@PathVariable String id) {
        return RebuildView.of(rebuilds.get(id));
    }

    static MemberFilter.Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return MemberFilter.Scope.GROSS;
        }
        return Arrays.stream(MemberFilter.Scope.values())
                .filter(s -> s.name().equalsIgnoreCase(scope.trim()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "scope", "oneOf", "scope must be one of " + Arrays.toString(MemberFilter.Scope.values())));
    }
}
