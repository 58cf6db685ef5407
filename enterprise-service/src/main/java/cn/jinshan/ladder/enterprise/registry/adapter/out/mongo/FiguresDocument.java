package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.registry.domain.MetricChange;
import cn.jinshan.ladder.enterprise.registry.domain.YearMetrics;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * An enterprise's yearly figures as stored in {@code enterprise_metrics} ({@code _id} = credit code): every year with
 * its source, the history of every change, a version checked on each write, and the {@code outbox} of the
 * {@code MetricsReported} events the writes caused (the kit's relay publishes it).
 */
record FiguresDocument(@Id String id, List<YearMetrics> years, List<MetricChange> history, long version) {

    static final String COLLECTION = "enterprise_metrics";
}
