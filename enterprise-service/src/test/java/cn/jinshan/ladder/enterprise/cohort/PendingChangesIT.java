package cn.jinshan.ladder.enterprise.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.enterprise.cohort.application.FactStore;
import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseChanges;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseStore;
import cn.jinshan.ladder.enterprise.registry.application.PendingChangesRelay;
import cn.jinshan.ladder.enterprise.registry.domain.Actor;
import cn.jinshan.ladder.enterprise.registry.domain.DomainEvent;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PendingChangesIT extends EnterpriseIntegrationTest {

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    EnterpriseStore store;

    @Autowired
    PendingChangesRelay relay;

    @Autowired
    FactStore facts;

    @Test
    void aCrashBetweenTheEnterpriseWriteAndTheFactAppendIsCompletedByTheSweepOnceAndIdempotently() {
        String firm = registerFirm("上海断电测试有限公司");
        assertThat(pendingOf(firm)).as("the normal path settles its change").isEmpty();

        Enterprise enterprise = enterprises.find(firm).orElseThrow();
        Profile p = enterprise.profile();
        LocalDate since = LocalDate.of(2026, 3, 1);
        Profile flagged = new Profile(
                p.legalName(),
                p.shortName(),
                p.registrationDate(),
                p.town(),
                p.park(),
                p.cluster(),
                p.subSector(),
                true,
                since,
                false,
                null,
                p.contacts());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<DomainEvent> events = enterprise.reviseProfile(flagged, new Actor("official", "official"), at);
        EnterpriseChanges.Change change =
                new EnterpriseChanges.Change(UUID.randomUUID().toString(), at);
        store.update(enterprise, events, change);

        assertThat(pendingOf(firm)).containsExactly(change);
        assertThat(aboveScale(firm))
                .as("the process died before the cohort ledger ran")
                .isEmpty();

        relay.sweep();

        assertThat(pendingOf(firm)).isEmpty();
        assertThat(aboveScale(firm)).singleElement().satisfies(fact -> {
            assertThat(fact.id()).isEqualTo(change.id() + ":1");
            assertThat(fact.recordedAt()).isEqualTo(at);
            assertThat(fact.spell()).isEqualTo(since);
        });
        long filed = facts.bucket(Indicator.ABOVE_SCALE, 2026).stream()
                .filter(f -> f.firm().equals(firm))
                .count();
        assertThat(filed).isEqualTo(1);

        store.update(enterprises.find(firm).orElseThrow(), List.of(), change);
        relay.sweep();
        assertThat(aboveScale(firm)).hasSize(1);
        assertThat(facts.bucket(Indicator.ABOVE_SCALE, 2026).stream()
                        .filter(f -> f.firm().equals(firm))
                        .count())
                .as("told again, the change appends and files nothing twice")
                .isEqualTo(1);
        assertThat(pendingOf(firm)).isEmpty();
    }

    private List<EnterpriseChanges.Change> pendingOf(String firm) {
        return store.pending(1000).stream()
                .filter(p -> p.enterpriseId().equals(firm))
                .flatMap(p -> p.changes().stream())
                .toList();
    }

    private List<Fact> aboveScale(String firm) {
        return facts.firm(firm).facts().stream()
                .filter(f -> f.indicator() == Indicator.ABOVE_SCALE)
                .toList();
    }
}
