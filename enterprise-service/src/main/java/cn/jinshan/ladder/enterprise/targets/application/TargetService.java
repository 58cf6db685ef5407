package cn.jinshan.ladder.enterprise.targets.application;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.enterprise.targets.domain.PlanPeriod;
import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Plan periods and their targets: everyone district-wide reads them, admins revise them (audited). */
@Service
public class TargetService {

    private final PlanStore store;
    private final AuditLog audit;
    private final Clock clock;

    TargetService(PlanStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedPeriods() {
        PlanCatalogue.periods(clock.instant()).forEach(store::insertIfAbsent);
    }

    public List<PlanPeriod> periods() {
        seedPeriods();
        return store.all();
    }

    /** The period by id; an unknown id is not found. */
    public PlanPeriod period(String id) {
        return store.find(id)
                .or(() -> {
                    seedPeriods();
                    return store.find(id);
                })
                .orElseThrow(() -> new NotFoundException("plan period", id));
    }

    /** Replaces one indicator's target in a period. */
    public PlanPeriod revise(
            String periodId,
            Indicator indicator,
            Integer total,
            Map<Integer, Integer> yearly,
            Map<String, Integer> byTown,
            CurrentUser user) {
        PlanPeriod revised =
                period(periodId).revise(indicator, total, yearly, byTown, user.username(), clock.instant());
        store.save(revised);
        audit.record(
                "target.revise",
                "target",
                periodId + "/" + indicator,
                AuditOutcome.SUCCEEDED,
                "total " + total + ", yearly " + yearly + ", byTown " + byTown);
        return revised;
    }
}
