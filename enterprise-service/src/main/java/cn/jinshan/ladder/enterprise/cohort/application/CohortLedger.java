package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.cohort.domain.FactDerivation;
import cn.jinshan.ladder.enterprise.cohort.domain.FactLedger;
import cn.jinshan.ladder.enterprise.cohort.domain.FirmState;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseChanges;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Keeps the cohort fact log in step with every stored change of a firm (certificate events, profile flags): appends
 * what changed, recorded now; a lost race re-reads and tries again.
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

    @Override
    public void changed(Enterprise enterprise) {
        FirmState firm = FirmStates.of(enterprise);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            FactStore.FirmLog log = store.firm(firm.firm());
            Instant now = clock.instant();
            List<Fact> derived = FactDerivation.derive(
                    firm,
                    FactLedger.standing(log.facts()),
                    now.atZone(FirmStates.SHANGHAI).toLocalDate());
            List<Fact> appended = FactLedger.reconcile(
                    log.facts(), derived, now, () -> UUID.randomUUID().toString());
            if (appended.isEmpty() || store.append(firm.firm(), log.version(), appended)) {
                return;
            }
        }
        throw new IllegalStateException("cohort log of " + firm.firm() + " kept changing under concurrent writes");
    }
}
