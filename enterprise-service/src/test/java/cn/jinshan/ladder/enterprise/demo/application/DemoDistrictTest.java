package cn.jinshan.ladder.enterprise.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.HoldingStatus;
import cn.jinshan.ladder.enterprise.registry.domain.Rung;
import cn.jinshan.ladder.enterprise.registry.domain.YearMetrics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDistrictTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static List<Enterprise> firms;

    @BeforeAll
    static void generate() {
        firms = new DemoDistrict(20260101L, TODAY)
                .generate(320).stream().map(DemoDistrict.SeededFirm::enterprise).toList();
    }

    @Test
    void theSameSeedGivesTheSameDistrict() {
        List<Enterprise> again = new DemoDistrict(20260101L, TODAY)
                .generate(320).stream().map(DemoDistrict.SeededFirm::enterprise).toList();

        assertThat(again)
                .extracting(e -> e.id().value())
                .isEqualTo(firms.stream().map(e -> e.id().value()).toList());
        assertThat(again)
                .extracting(Enterprise::rung)
                .isEqualTo(firms.stream().map(Enterprise::rung).toList());
    }

    @Test
    void itHoldsTheTwoDemoFirmsWithTheirSpecialists() {
        Map<String, Enterprise> byId =
                firms.stream().collect(Collectors.toMap(e -> e.id().value(), Function.identity()));

        Enterprise jinxin = byId.get(DemoDistrict.JINXIN);
        Enterprise fengtai = byId.get(DemoDistrict.FENGTAI);
        assertThat(jinxin.profile().legalName()).isEqualTo("上海金鑫新材料科技有限公司");
        assertThat(jinxin.profile().town()).isEqualTo("山阳镇");
        assertThat(jinxin.specialist().username()).isEqualTo("specialist.li");
        assertThat(fengtai.profile().town()).isEqualTo("枫泾镇");
        assertThat(fengtai.profile().cluster()).isEqualTo("智能装备");
        assertThat(fengtai.specialist().username()).isEqualTo("specialist.zhao");
    }

    @Test
    void itCoversEveryTownClusterAndRungWithUniqueCodesAndNames() {
        assertThat(firms).hasSize(320);
        assertThat(firms.stream().map(e -> e.profile().town()).collect(Collectors.toSet()))
                .containsAll(DistrictCatalogue.TOWNS);
        assertThat(firms.stream().map(e -> e.profile().cluster()).collect(Collectors.toSet()))
                .containsAll(DistrictCatalogue.CLUSTERS);
        assertThat(firms.stream().map(Enterprise::rung).collect(Collectors.toSet()))
                .contains(Rung.values());
        assertThat(firms.stream().map(e -> e.id().value()).collect(Collectors.toSet()))
                .hasSize(320);
        assertThat(firms.stream().map(e -> e.profile().legalName()).collect(Collectors.toSet()))
                .hasSize(320);
    }

    @Test
    void everyFirmHasFiveYearsOfVerifiedFiguresUpToLastYear() {
        assertThat(firms).allSatisfy(e -> {
            assertThat(e.metrics()).extracting(YearMetrics::year).containsExactly(2021, 2022, 2023, 2024, 2025);
            assertThat(e.metrics())
                    .allSatisfy(m -> assertThat(m.figures().revenue()).isPositive());
        });
    }

    @Test
    void theRungIsTheHighestActiveCertificateAndMeetsItsCriteria() {
        assertThat(firms).allSatisfy(e -> {
            Rung highest = e.holdings().stream()
                    .filter(h -> h.status() == HoldingStatus.ACTIVE)
                    .map(h -> Rung.ofProgramme(h.programme()))
                    .flatMap(java.util.Optional::stream)
                    .max(Comparator.naturalOrder())
                    .orElse(Rung.STARTUP);
            assertThat(e.rung()).isEqualTo(highest);
            assertThat(e.stages().get(e.stages().size() - 1).rung()).isEqualTo(e.rung());
            YearMetrics latest = e.metricsFor(2025);
            if (e.rung() == Rung.SPECIALIZED_NEW) {
                assertThat(latest.figures().revenue()).isGreaterThanOrEqualTo(BigDecimal.valueOf(1000));
                assertThat(latest.figures().rdRatio()).isGreaterThanOrEqualTo(BigDecimal.valueOf(3));
            }
            if (e.rung() == Rung.LITTLE_GIANT) {
                assertThat(latest.figures().revenue()).isGreaterThanOrEqualTo(BigDecimal.valueOf(5000));
                assertThat(latest.figures().patentsClassI()).isGreaterThanOrEqualTo(4);
                assertThat(latest.figures().mainBusinessShare()).isGreaterThanOrEqualTo(BigDecimal.valueOf(90));
            }
            if (e.rung() == Rung.HEADQUARTERS) {
                assertThat(latest.figures().revenue()).isGreaterThan(BigDecimal.valueOf(100000));
            }
            e.holdings().forEach(h -> assertThat(h.announcedOn()).isBefore(TODAY));
        });
    }

    @Test
    void someFirmsMovedDownAndSomeRenewed() {
        Set<String> causes = firms.stream()
                .flatMap(e -> e.stages().stream())
                .map(s -> s.cause().split(" ")[0])
                .collect(Collectors.toSet());

        assertThat(causes).contains("registered", "CertificateIssued", "CertificateExpired");
        assertThat(firms.stream().flatMap(e -> e.holdings().stream()).map(h -> h.validFrom()))
                .anySatisfy(from -> assertThat(from).isAfter(LocalDate.of(2025, 8, 1)));
        assertThat(firms.stream()
                        .filter(e -> e.rung() == Rung.STARTUP && e.stages().size() > 1))
                .isNotEmpty();
    }
}
