package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Figures;
import cn.jinshan.ladder.kit.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A firm's yearly figures: reported by the firm (self-declared) or an official (verified), with history. */
@RestController
@RequestMapping("/api/enterprises/{id}/metrics")
class MetricsController {

    private final EnterpriseService enterprises;

    MetricsController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @PutMapping("/{year}")
    MetricsView report(
            @PathVariable String id, @PathVariable int year, @RequestBody Figures figures, CurrentUser user) {
        return MetricsView.of(enterprises.reportMetrics(id, year, figures, user));
    }

    @GetMapping
    MetricsView read(@PathVariable String id, CurrentUser user) {
        return MetricsView.of(enterprises.getWithFigures(id, user));
    }

    @GetMapping("/{year}")
    MetricsView.Year readYear(@PathVariable String id, @PathVariable int year, CurrentUser user) {
        Enterprise enterprise = enterprises.getWithFigures(id, user);
        return MetricsView.yearOf(enterprise, year);
    }
}
