package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import cn.jinshan.ladder.enterprise.cohort.application.CohortService;
import cn.jinshan.ladder.enterprise.cohort.application.Dashboard;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard (progress and outlook per indicator) and each programme's funnel. */
@RestController
@PreAuthorize("hasAnyRole('OFFICIAL','ADMIN','SPECIALIST')")
class DashboardController {

    private final Dashboard dashboard;
    private final CohortService cohorts;

    DashboardController(Dashboard dashboard, CohortService cohorts) {
        this.dashboard = dashboard;
        this.cohorts = cohorts;
    }

    @GetMapping("/api/cohorts/dashboard")
    List<DashboardView> dashboard(
            @RequestParam(required = false) String period, @RequestParam(required = false) String asOf) {
        return dashboard.rows(period, asOf).stream().map(DashboardView::of).toList();
    }

    @GetMapping("/api/cohorts/funnel")
    FunnelView funnel(@RequestParam(required = false) String programme, @RequestParam(required = false) String asOf) {
        if (programme == null || programme.isBlank()) {
            throw new InvalidInputException("programme", "notBlank", "programme is required");
        }
        return FunnelView.of(
                dashboard.funnel(programme.trim(), cohorts.request(Indicator.SPECIALIZED_NEW, null, asOf)));
    }
}
