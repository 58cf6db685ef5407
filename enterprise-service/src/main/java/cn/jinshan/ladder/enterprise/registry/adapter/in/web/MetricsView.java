package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.MetricChange;
import cn.jinshan.ladder.enterprise.registry.domain.YearMetrics;
import cn.jinshan.ladder.kit.error.NotFoundException;
import java.util.List;

/** Every reported year of a firm and the history of changes, newest change last. */
record MetricsView(String enterpriseId, List<YearMetrics> years, List<MetricChange> history) {

    static MetricsView of(Enterprise e) {
        return new MetricsView(e.id().value(), e.metrics(), e.metricHistory());
    }

    /** One year with the changes made to it. */
    record Year(String enterpriseId, YearMetrics metrics, List<MetricChange> history) {}

    static Year yearOf(Enterprise e, int year) {
        YearMetrics metrics = e.metricsFor(year);
        if (metrics == null) {
            throw new NotFoundException("metrics of year", String.valueOf(year));
        }
        return new Year(
                e.id().value(),
                metrics,
                e.metricHistory().stream().filter(c -> c.year() == year).toList());
    }
}
