package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;

/**
 * Recomputes the read model from the stored history: first any firm still stored with its figures embedded is moved
 * (so data written behind the service's back is in shape), then every firm's log is reconciled with its stored state
 * (appending what a lost write missed, recorded now) in batches of {@value #BATCH} firms — their logs read in one
 * query and the appends written in one bulk, not filed one firm at a time — then the per-indicator buckets are
 * refiled from the logs. Run through {@link RebuildJobs}.
 */
@Service
public class CohortRebuild {

    static final int BATCH = 200;

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

    /** Rebuilds, telling {@code progress} the number of firms reconciled after each batch. */
    synchronized Report rebuild(LongConsumer progress) {
        enterprises.moveEmbeddedFigures();
        List<Enterprise> batch = new ArrayList<>(BATCH);
        long[] firms = {0};
        enterprises.forEachEnterprise(enterprise -> {
            batch.add(enterprise);
            if (batch.size() == BATCH) {
                firms[0] += flush(batch);
                progress.accept(firms[0]);
            }
        });
        firms[0] += flush(batch);
        progress.accept(firms[0]);
        List<Fact> all = new ArrayList<>();
        store.forEachFirm(all::addAll);
        store.replaceBuckets(all);
        return new Report(firms[0], all.size());
    }

    private int flush(List<Enterprise> batch) {
        int size = batch.size();
        if (size > 0) {
            ledger.reconcileAll(List.copyOf(batch));
            batch.clear();
        }
        return size;
    }
}
