package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.cohort.domain.FactDerivation;
import cn.jinshan.ladder.enterprise.cohort.domain.FactLedger;
import cn.jinshan.ladder.enterprise.cohort.domain.FirmState;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseChanges;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseChanges.Change;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Service;

/**
 * Keeps the cohort fact log in step with every stored change of a firm (certificate events, profile flags,
 * departures): appends what changed, recorded at the change's time with ids derived from it; a lost race re-reads
 * and tries again.
 */
@Service
class CohortLedger implements EnterpriseChanges {

    private static final int ATTEMPTS = 5;

    private final FactStore store;
    private final Clock clock;

    CohortLedger(FactStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Reconciles the firm's log with its state now (rebuilds), as a change of its own. */
    void reconcile(Enterprise enterprise) {
        changed(enterprise, new Change(UUID.randomUUID().toString(), clock.instant()));
    }

    /**
     * Appends what the change implies, recorded at the change's time, with ids derived from the change's id (so the
     * relay telling it again appends nothing and refiles the same facts in their buckets).
     */
    @Override
    public void changed(Enterprise enterprise, Change change) {
        FirmState firm = FirmStates.of(enterprise);
        String prefix = change.id() + ":";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            FactStore.FirmLog log = store.firm(firm.firm());
            Instant at = change.at();
            List<Fact> derived = FactDerivation.derive(
                    firm,
                    FactLedger.standing(log.facts()),
                    at.atZone(FirmStates.SHANGHAI).toLocalDate());
            AtomicInteger next = new AtomicInteger();
            List<Fact> appended = FactLedger.reconcile(log.facts(), derived, at, () -> prefix + next.incrementAndGet());
            if (appended.isEmpty()) {
                store.refile(log.facts().stream()
                        .filter(f -> f.id().startsWith(prefix))
                        .toList());
                return;
            }
            if (store.append(firm.firm(), log.version(), appended)) {
                return;
            }
        }
        throw new IllegalStateException("cohort log of " + firm.firm() + " kept changing under concurrent writes");
    }
}
