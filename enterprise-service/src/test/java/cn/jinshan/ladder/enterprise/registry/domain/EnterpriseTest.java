package cn.jinshan.ladder.enterprise.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

    private static final Actor OFFICIAL = new Actor("sub-official", "official");
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private Enterprise registered() {
        Profile profile =
                new Profile("上海测试有限公司", null, null, "山阳镇", null, "新材料", null, false, null, false, null, List.of());
        return Enterprise.register(new CreditCode("91310116MA1J8K3L22"), profile, null, OFFICIAL, T0)
                .enterprise();
    }

    private static CertificateChange change(CertificateChange.Kind kind, String id, String programme) {
        return new CertificateChange(
                kind,
                id,
                programme,
                "MUNICIPAL",
                "No." + id,
                LocalDate.of(2024, 6, 1),
                LocalDate.of(2027, 5, 31),
                "MIIT-2022-63",
                LocalDate.of(2024, 6, 1),
                kind == CertificateChange.Kind.REVOKED ? "弄虚作假" : null);
    }

    @Test
    void theRungIsTheHighestActiveCertificateAndLapsesMoveItDown() {
        Enterprise e = registered();

        List<DomainEvent> up1 =
                e.applyCertificate(change(CertificateChange.Kind.ISSUED, "a", "INNOVATIVE_SME"), T0.plusSeconds(10));
        List<DomainEvent> up2 =
                e.applyCertificate(change(CertificateChange.Kind.ISSUED, "b", "SPECIALIZED_NEW"), T0.plusSeconds(20));
        List<DomainEvent> lowerLapses =
                e.applyCertificate(change(CertificateChange.Kind.EXPIRED, "a", null), T0.plusSeconds(30));
        List<DomainEvent> revoked =
                e.applyCertificate(change(CertificateChange.Kind.REVOKED, "b", null), T0.plusSeconds(40));

        assertThat(up1).extracting(DomainEvent::type).containsExactly(EnterpriseEvents.RUNG_CHANGED);
        assertThat(((EnterpriseEvents.RungChanged) up2.get(0).payload()).toRung())
                .isEqualTo("SPECIALIZED_NEW");
        assertThat(lowerLapses).isEmpty();
        EnterpriseEvents.RungChanged down =
                (EnterpriseEvents.RungChanged) revoked.get(0).payload();
        assertThat(down.direction()).isEqualTo("DOWN");
        assertThat(down.toRung()).isEqualTo("STARTUP");
        assertThat(down.cause()).contains("CertificateRevoked SPECIALIZED_NEW", "弄虚作假");
        assertThat(e.rung()).isEqualTo(Rung.STARTUP);
        assertThat(e.stages())
                .extracting(StageEntry::rung)
                .containsExactly(Rung.STARTUP, Rung.INNOVATIVE_SME, Rung.SPECIALIZED_NEW, Rung.STARTUP);
        assertThat(e.stages().subList(0, 3))
                .allSatisfy(s -> assertThat(s.exitedAt()).isNotNull());
    }

    @Test
    void theSameCertificateFactsTwiceChangeNothing() {
        Enterprise e = registered();
        CertificateChange issued = change(CertificateChange.Kind.ISSUED, "a", "GAZELLE");

        e.applyCertificate(issued, T0.plusSeconds(10));
        List<DomainEvent> again = e.applyCertificate(issued, T0.plusSeconds(20));

        assertThat(again).isEmpty();
        assertThat(e.holding("a").updatedAt()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void holdingsBesideTheLadderDoNotMoveTheRung() {
        Enterprise e = registered();

        assertThat(e.applyCertificate(change(CertificateChange.Kind.ISSUED, "t", "TECH_CENTER_DISTRICT"), T0))
                .isEmpty();
        assertThat(e.rung()).isEqualTo(Rung.STARTUP);
        assertThat(e.holdings()).hasSize(1);
    }

    @Test
    void reportingTheSameFiguresAgainRecordsNoChange() {
        Enterprise e = registered();
        Figures figures = new Figures(
                new java.math.BigDecimal("1200.0"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                30,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        List<DomainEvent> first =
                e.reportMetrics(2023, figures, MetricSource.SELF_DECLARED, OFFICIAL, T0, Year.of(2024));
        List<DomainEvent> same =
                e.reportMetrics(2023, figures, MetricSource.SELF_DECLARED, OFFICIAL, T0, Year.of(2024));
        List<DomainEvent> verified = e.reportMetrics(2023, figures, MetricSource.VERIFIED, OFFICIAL, T0, Year.of(2024));

        assertThat(first).hasSize(1);
        assertThat(same).isEmpty();
        assertThat(verified).hasSize(1);
        assertThat(e.metricsFor(2023).source()).isEqualTo(MetricSource.VERIFIED);
        assertThat(e.metricHistory()).extracting(MetricChange::field).containsExactly("revenue", "employees", "source");
    }
}
