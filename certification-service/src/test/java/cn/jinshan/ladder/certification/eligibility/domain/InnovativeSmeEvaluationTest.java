package cn.jinshan.ladder.certification.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 创新型中小企业, 63号文附件1: direct routes, 60 points with sub-minimums 20/15/15, bands from the research. */
class InnovativeSmeEvaluationTest {

    private static final Programme PROGRAMME = SeedCatalogue.programme("innovative-sme");
    private static final RuleVersion V2022 = SeedCatalogue.version(PROGRAMME, "MIIT-2022-63");

    private static Evaluation evaluate(SeedCatalogue.Figures figures) {
        return EligibilityEvaluator.evaluate(PROGRAMME, V2022, figures.build());
    }

    private static BigDecimal indicator(Evaluation evaluation, String id) {
        return evaluation.dimensions().stream()
                .flatMap(dimension -> dimension.indicators().stream())
                .filter(indicator -> indicator.id().equals(id))
                .findFirst()
                .orElseThrow()
                .points();
    }

    @ParameterizedTest(name = "R&D {0}% of revenue earns {1}")
    @CsvSource({"7, 20", "5, 20", "4.99, 15", "3, 15", "2.99, 10", "2, 10", "1.5, 5", "1, 5", "0.99, 0", "0, 0"})
    void rdRatioBandsScoreTheHigherBandOnTheBoundary(String ratio, int points) {
        assertThat(indicator(evaluate(SeedCatalogue.figures().with("rdRatio", ratio)), "rdRatio"))
                .isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "debt ratio {0}% earns {1}")
    @CsvSource({"30, 10", "55, 10", "55.01, 5", "75, 5", "75.1, 0"})
    void debtRatioBands(String debt, int points) {
        assertThat(indicator(evaluate(SeedCatalogue.figures().with("debtRatio", debt)), "debtRatio"))
                .isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "main-business growth {0}% earns {1}")
    @CsvSource({"15, 20", "14.9, 15", "10, 15", "5, 10", "0, 5", "-0.1, 0"})
    void growthBands(String growth, int points) {
        assertThat(indicator(
                        evaluate(SeedCatalogue.figures().with("mainBusinessGrowth", growth)), "mainBusinessGrowth"))
                .isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "main-business share {0}% earns {1}")
    @CsvSource({"70, 20", "69, 15", "60, 15", "55, 10", "50, 5", "49.9, 0"})
    void mainBusinessShareBands(String share, int points) {
        assertThat(indicator(evaluate(SeedCatalogue.figures().with("mainBusinessShare", share)), "mainBusinessShare"))
                .isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "IP best class {0} earns {1}")
    @CsvSource({"ipClass1HighValue, 20", "ipClass1OwnRd, 15", "ipClass1, 10", "ipClass2, 5"})
    void intellectualPropertyBands(String ipClass, int points) {
        assertThat(indicator(evaluate(SeedCatalogue.figures().with(ipClass, 1)), "ip"))
                .isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @Test
    void aStrongFirmPassesOnScore() {
        Evaluation evaluation = evaluate(SeedCatalogue.figures()
                .with("ipClass1HighValue", 1)
                .with("rdRatio", 5)
                .with("mainBusinessGrowth", 10)
                .with("debtRatio", 50)
                .with("strategicEmergingIndustry", 1)
                .with("mainBusinessShare", 70));

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.score()).isEqualByComparingTo("95");
        assertThat(evaluation.passMark()).isEqualByComparingTo("60");
        assertThat(evaluation.directRoute()).isNull();
        assertThat(evaluation.gaps()).isEmpty();
        assertThat(evaluation.dimensions()).extracting(DimensionScore::name).containsExactly("创新能力", "成长性", "专业化");
    }

    @Test
    void exactlyThePassMarkWithEverySubMinimumMetPasses() {
        Evaluation evaluation = evaluate(SeedCatalogue.figures()
                .with("ipClass1", 1)
                .with("rdRatio", 3)
                .with("mainBusinessGrowth", 10)
                .with("debtRatio", 75)
                .with("strategicEmergingIndustry", 0)
                .with("mainBusinessShare", 55));

        assertThat(evaluation.score()).isEqualByComparingTo("60");
        assertThat(evaluation.dimensions())
                .extracting(dimension -> dimension.points().intValue())
                .containsExactly(25, 20, 15);
        assertThat(evaluation.eligible()).isTrue();
    }

    @Test
    void belowThePassMarkTheGapSaysByHowMuch() {
        Evaluation evaluation = evaluate(SeedCatalogue.figures()
                .with("ipClass1", 1)
                .with("rdRatio", 2)
                .with("mainBusinessGrowth", 5)
                .with("debtRatio", 75)
                .with("strategicEmergingIndustry", 0)
                .with("mainBusinessShare", 55));

        assertThat(evaluation.score()).isEqualByComparingTo("50");
        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.gaps())
                .filteredOn(gap -> gap.id().equals("score"))
                .singleElement()
                .satisfies(gap -> assertThat(gap.shortBy()).isEqualByComparingTo("10"));
    }

    @Test
    void aDimensionBelowItsSubMinimumFailsEvenWithEnoughPoints() {
        Evaluation evaluation = evaluate(SeedCatalogue.figures()
                .with("rdRatio", 3)
                .with("mainBusinessGrowth", 20)
                .with("debtRatio", 40)
                .with("strategicEmergingIndustry", 1)
                .with("mainBusinessShare", 90));

        assertThat(evaluation.score()).isEqualByComparingTo("75");
        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.gaps())
                .filteredOn(gap -> gap.id().equals("dimension.创新能力"))
                .singleElement()
                .satisfies(gap -> assertThat(gap.shortBy()).isEqualByComparingTo("5"));
        assertThat(evaluation.gaps()).extracting(Gap::id).contains("indicator.ip", "indicator.rdRatio");
    }

    @Test
    void theNextBandIsExplainedAsAGap() {
        Evaluation evaluation = evaluate(SeedCatalogue.figures().with("rdRatio", "2.4"));

        assertThat(evaluation.gaps())
                .filteredOn(gap -> gap.id().equals("indicator.rdRatio"))
                .singleElement()
                .satisfies(gap -> {
                    assertThat(gap.description()).contains("2.4", "rdRatio ≥ 3", "15 points (now 10)");
                    assertThat(gap.shortBy()).isEqualByComparingTo("0.6");
                });
    }

    @ParameterizedTest(name = "direct route {0} = {1}")
    @CsvSource({
        "equityFinancing3y, 500, equityFinancing",
        "highTechEnterprise, 1, highTech",
        "rdInstitutionLevel, 3, rdInstitution",
        "scienceAwardProvincial, 1, scienceAward",
        "scienceAwardNational, 1, scienceAward"
    })
    void aDirectRouteWaivesTheScore(String metric, String value, String route) {
        Evaluation evaluation = evaluate(SeedCatalogue.figures().with(metric, value));

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.directRoute().id()).isEqualTo(route);
        assertThat(evaluation.score()).isEqualByComparingTo("0");
    }

    @Test
    void equityFinancingJustBelowTheDirectRouteDoesNotCount() {
        Evaluation evaluation = evaluate(SeedCatalogue.figures().with("equityFinancing3y", "499.99"));

        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.directRoute()).isNull();
    }

    @Test
    void theSameFiguresAlwaysGiveTheSameEvaluation() {
        SeedCatalogue.Figures figures =
                SeedCatalogue.figures().with("rdRatio", "3.3").with("debtRatio", 60);

        assertThat(evaluate(figures)).isEqualTo(evaluate(figures));
    }
}
