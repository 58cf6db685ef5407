package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.registry.domain.Departure;
import cn.jinshan.ladder.enterprise.registry.domain.Holding;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import cn.jinshan.ladder.enterprise.registry.domain.StageEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * An enterprise's profile, holdings, stages and rung as stored in the {@code enterprises} collection ({@code _id} =
 * credit code); its yearly figures are a {@link FiguresDocument}. {@code metrics} and {@code metricHistory} are the
 * fields of the old shape that embedded them ({@link FiguresMigration} moves them out).
 */
record EnterpriseDocument(
        @Id String id,
        Profile profile,
        Specialist specialist,
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
    static final String OLD_METRICS = "metrics";
    static final String OLD_METRIC_HISTORY = "metricHistory";
    static final List<String> HEAVY_FIELDS =
            List.of(OLD_METRICS, OLD_METRIC_HISTORY, "stages", "outbox", "pendingChanges");
}
