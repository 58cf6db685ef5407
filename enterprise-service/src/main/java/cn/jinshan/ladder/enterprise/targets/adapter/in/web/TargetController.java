package cn.jinshan.ladder.enterprise.targets.adapter.in.web;

import cn.jinshan.ladder.enterprise.targets.application.TargetService;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.enterprise.targets.domain.PlanPeriod;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Plan periods and their targets: officials, admins and specialists read, admins revise. */
@RestController
class TargetController {

    private final TargetService targets;

    TargetController(TargetService targets) {
        this.targets = targets;
    }

    @GetMapping("/api/targets")
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN','SPECIALIST')")
    List<PlanPeriod> periods() {
        return targets.periods();
    }

    @GetMapping("/api/targets/{period}")
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN','SPECIALIST')")
    PlanPeriod period(@PathVariable String period) {
        return targets.period(period);
    }

    @PutMapping("/api/targets/{period}/{indicator}")
    @PreAuthorize("hasRole('ADMIN')")
    PlanPeriod revise(
            @PathVariable String period,
            @PathVariable String indicator,
            @RequestBody TargetRequest request,
            CurrentUser user) {
        return targets.revise(
                period,
                Indicator.parse("indicator", indicator),
                request.total(),
                request.yearly(),
                request.byTown(),
                user);
    }
}
