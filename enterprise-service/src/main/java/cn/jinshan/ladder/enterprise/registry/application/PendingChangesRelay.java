package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseChanges.Change;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes changes whose observers did not run (a crash between the enterprise write and, say, the cohort fact
 * append): tells the observers the firm's current state under its latest pending change, then pulls the pending
 * changes it handled. Observers are idempotent, so a change told twice derives nothing new.
 */
@Component
public class PendingChangesRelay {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(PendingChangesRelay.class);

    private final EnterpriseStore store;
    private final ObjectProvider<EnterpriseChanges> observers;

    PendingChangesRelay(EnterpriseStore store, ObjectProvider<EnterpriseChanges> observers) {
        this.store = store;
        this.observers = observers;
    }

    /** One sweep over the enterprises with pending changes; answers how many it completed. */
    @Scheduled(
            initialDelayString = "${ladder.changes.sweep-interval-ms:5000}",
            fixedDelayString = "${ladder.changes.sweep-interval-ms:5000}")
    public int sweep() {
        int completed = 0;
        for (EnterpriseStore.Pending pending : store.pending(BATCH)) {
            try {
                complete(pending);
                completed++;
            } catch (RuntimeException e) {
                log.warn(
                        "pending changes of enterprise {} not completed yet: {}", pending.enterpriseId(), e.toString());
            }
        }
        return completed;
    }

    private void complete(EnterpriseStore.Pending pending) {
        List<String> ids = pending.changes().stream().map(Change::id).toList();
        store.find(pending.enterpriseId()).ifPresent(enterprise -> {
            Change latest = pending.changes().stream()
                    .max(Comparator.comparing(Change::at))
                    .orElseThrow();
            observers.orderedStream().forEach(observer -> observer.changed(enterprise, latest));
        });
        store.settle(pending.enterpriseId(), ids);
    }
}
