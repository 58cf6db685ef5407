package cn.jinshan.ladder.enterprise.cohort.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FactLogTest {

    private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private final List<Fact> log = new ArrayList<>();

    @Test
    void aRenewalContinuesTheMembershipAndARevocationEndsItFromItsRecordingOn() {
        Instant day1 = Instant.parse("2023-07-01T02:00:00Z");
        record(firm(List.of(span("2023-06-01", null, null))), day1);
        record(
                firm(List.of(span("2023-06-01", "2026-05-31", "EXPIRED"), span("2026-05-10", null, null))),
                day1.plusSeconds(86_400 * 1000L));
        assertThat(members(Instant.parse("2030-01-01T00:00:00Z"), LocalDate.of(2029, 1, 1)))
                .singleElement()
                .satisfies(m -> assertThat(m.net()).isTrue());

        Instant revokedAt = Instant.parse("2027-03-01T02:00:00Z");
        record(
                firm(List.of(span("2023-06-01", "2026-05-31", "EXPIRED"), span("2026-05-10", "2027-03-01", "REVOKED"))),
                revokedAt);
        assertThat(members(revokedAt, LocalDate.of(2027, 3, 1)))
                .singleElement()
                .satisfies(m -> assertThat(m.leftCause()).isEqualTo("REVOKED"));
        assertThat(members(revokedAt.minusSeconds(86_400), LocalDate.of(2027, 2, 28)))
                .singleElement()
                .satisfies(m -> assertThat(m.net()).isTrue());
        assertThat(members(day1.minusSeconds(1), LocalDate.of(2023, 6, 30))).isEmpty();
    }

    @Test
    void aCorrectedFlagDateRetractsTheOldFactButTheOldFigureStaysReproducible() {
        Instant first = Instant.parse("2024-01-10T02:00:00Z");
        Instant corrected = Instant.parse("2026-02-01T02:00:00Z");
        record(flagged(LocalDate.of(2023, 5, 1)), first);
        record(flagged(LocalDate.of(2026, 1, 1)), corrected);

        assertThat(Cohorts.members(log, Indicator.ABOVE_SCALE, corrected.minusSeconds(1), FROM, TO, TO))
                .extracting(Member::enteredOn)
                .containsExactly(LocalDate.of(2023, 5, 1));
        assertThat(Cohorts.members(log, Indicator.ABOVE_SCALE, corrected, FROM, TO, TO))
                .isEmpty();
        assertThat(FactLedger.reconcile(
                        log,
                        FactDerivation.derive(flagged(LocalDate.of(2026, 1, 1)), FactLedger.standing(log), TO),
                        corrected,
                        () -> "x"))
                .isEmpty();
    }

    @Test
    void aFirmLeavingTheDistrictLeavesItsMembershipsNetDropsGrossStaysAndTheEarlierFigureIsReproducible() {
        Instant entered = Instant.parse("2023-07-01T02:00:00Z");
        Instant departed = Instant.parse("2025-03-02T02:00:00Z");
        LocalDate leftOn = LocalDate.of(2025, 3, 1);
        FirmState inDistrict = firm(List.of(span("2023-06-01", null, null)));
        record(inDistrict, entered);
        record(withDeparture(inDistrict, leftOn), departed);

        List<Member> now = members(departed, TO);
        assertThat(now).singleElement().satisfies(m -> {
            assertThat(m.net()).isFalse();
            assertThat(m.leftOn()).isEqualTo(leftOn);
            assertThat(m.leftCause()).isEqualTo("LEFT_DISTRICT");
        });
        assertThat(members(departed.minusSeconds(1), TO))
                .singleElement()
                .satisfies(m -> assertThat(m.net()).isTrue());
        assertThat(members(departed, leftOn.minusDays(1)))
                .singleElement()
                .satisfies(m -> assertThat(m.net()).isTrue());

        Instant flagged = Instant.parse("2024-01-10T02:00:00Z");
        record(withDeparture(flagged(LocalDate.of(2023, 5, 1)), leftOn), flagged);
        assertThat(Cohorts.members(log, Indicator.ABOVE_SCALE, flagged, FROM, TO, TO))
                .singleElement()
                .satisfies(m -> assertThat(m.leftCause()).isEqualTo("LEFT_DISTRICT"));
    }

    private static FirmState withDeparture(FirmState f, LocalDate leftOn) {
        return new FirmState(
                f.firm(),
                f.name(),
                f.town(),
                f.cluster(),
                f.specialist(),
                f.aboveScale(),
                f.aboveScaleSince(),
                f.digitallyTransformed(),
                f.digitallyTransformedSince(),
                f.certificates(),
                leftOn);
    }

    private List<Member> members(Instant knownAt, LocalDate asOf) {
        return Cohorts.members(log, Indicator.SPECIALIZED_NEW, knownAt, FROM, TO, asOf);
    }

    private void record(FirmState firm, Instant at) {
        List<Fact> derived = FactDerivation.derive(
                firm, FactLedger.standing(log), LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
        log.addAll(
                FactLedger.reconcile(log, derived, at, () -> UUID.randomUUID().toString()));
    }

    private static FirmState firm(List<FirmState.Span> spans) {
        return new FirmState("F1", "一号", "山阳镇", "新材料", "specialist.li", false, null, false, null, spans, null);
    }

    private static FirmState flagged(LocalDate since) {
        return new FirmState("F2", "二号", "枫泾镇", "智能装备", null, true, since, false, null, List.of(), null);
    }

    private static FirmState.Span span(String start, String end, String cause) {
        return new FirmState.Span(
                "SPECIALIZED_NEW", LocalDate.parse(start), end == null ? null : LocalDate.parse(end), cause);
    }
}
