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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Reconciles a batch of firms as one change recorded now (rebuilds): their logs are read in one query and the
     * appends written in one bulk that does not file buckets (the rebuild refiles them all afterwards). A firm whose
     * log moved in between is reconciled again on its own.
     */
    void reconcileAll(List<Enterprise> batch) {
        Change change = new Change(UUID.randomUUID().toString(), clock.instant());
        String prefix = change.id() + ":";
        Map<String, Enterprise> byFirm = new LinkedHashMap<>();
        batch.forEach(enterprise -> byFirm.put(enterprise.id().value(), enterprise));
        Map<String, FactStore.FirmLog> logs = store.firms(byFirm.keySet());
        Map<String, FactStore.Append> appends = new LinkedHashMap<>();
        AtomicInteger next = new AtomicInteger();
        byFirm.forEach((id, enterprise) -> {
            FirmState firm = FirmStates.of(enterprise);
            FactStore.FirmLog log = logs.getOrDefault(id, new FactStore.FirmLog(List.of(), 0));
            List<Fact> derived = FactDerivation.derive(
                    firm,
                    FactLedger.standing(log.facts()),
                    change.at().atZone(FirmStates.SHANGHAI).toLocalDate());
            List<Fact> appended =
                    FactLedger.reconcile(log.facts(), derived, change.at(), () -> prefix + next.incrementAndGet());
            if (!appended.isEmpty()) {
                appends.put(id, new FactStore.Append(log.version(), appended));
            }
        });
        store.appendToLogs(appends)
                .forEach(lost ->
                        changed(byFirm.get(lost), new Change(UUID.randomUUID().toString(), change.at())));
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
