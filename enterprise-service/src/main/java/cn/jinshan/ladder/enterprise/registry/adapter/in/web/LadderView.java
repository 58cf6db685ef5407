package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Holding;
import cn.jinshan.ladder.enterprise.registry.domain.StageEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Holdings, the current rung and every stay on a rung with its duration and cause. */
record LadderView(String enterpriseId, String rung, int rungLevel, List<Holding> holdings, List<Stage> history) {

    /** One stay on a rung; {@code exitedAt} is null for the current one, whose duration runs until now. */
    record Stage(
            String rung, Instant enteredAt, Instant exitedAt, long daysInRung, String cause, String certificateId) {}

    static LadderView of(Enterprise e, Instant now) {
        return new LadderView(
                e.id().value(),
                e.rung().name(),
                e.rung().ordinal(),
                e.holdings(),
                e.stages().stream().map(s -> stage(s, now)).toList());
    }

    private static Stage stage(StageEntry s, Instant now) {
        Instant end = s.exitedAt() == null ? now : s.exitedAt();
        return new Stage(
                s.rung().name(),
                s.enteredAt(),
                s.exitedAt(),
                Duration.between(s.enteredAt(), end).toDays(),
                s.cause(),
                s.certificateId());
    }
}
