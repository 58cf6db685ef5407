package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.registry.domain.Departure;
import cn.jinshan.ladder.enterprise.registry.domain.Holding;
import cn.jinshan.ladder.enterprise.registry.domain.MetricChange;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import cn.jinshan.ladder.enterprise.registry.domain.StageEntry;
import cn.jinshan.ladder.enterprise.registry.domain.YearMetrics;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;

/** An enterprise as stored in the {@code enterprises} collection ({@code _id} = credit code). */
record EnterpriseDocument(
        @Id String id,
        Profile profile,
        Specialist specialist,
        List<YearMetrics> metrics,
        List<MetricChange> metricHistory,
        List<Holding> holdings,
        List<StageEntry> stages,
        String rung,
        int rungLevel,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        long version,
        Departure departure) {

    static final String COLLECTION = "enterprises";
    static final List<String> HEAVY_FIELDS = List.of("metrics", "metricHistory", "stages", "outbox", "pendingChanges");
}
