package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;

/**
 * Recomputes the read model from the stored history: first every firm's log is reconciled with its stored state
 * (appending what a lost write missed, recorded now), then the per-indicator buckets are refiled from the logs.
 */
@Service
public class CohortRebuild {

    /** What a rebuild did. */
    public record Report(long firms, long facts) {}

    private final EnterpriseService enterprises;
    private final CohortLedger ledger;
    private final FactStore store;

    CohortRebuild(EnterpriseService enterprises, CohortLedger ledger, FactStore store) {
        this.enterprises = enterprises;
        this.ledger = ledger;
        this.store = store;
    }

    public synchronized Report rebuild() {
        AtomicLong firms = new AtomicLong();
        enterprises.forEachEnterprise(enterprise -> {
            ledger.reconcile(enterprise);
            firms.incrementAndGet();
        });
        List<Fact> all = new ArrayList<>();
        store.forEachFirm(all::addAll);
        store.replaceBuckets(all);
        return new Report(firms.get(), all.size());
    }
}
