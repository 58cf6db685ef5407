package cn.jinshan.ladder.certification.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 专精特新中小企业 under 63号文 (conditions, 13-indicator table, 直通) and 2号文 (six conditions). */
class SpecializedNewEvaluationTest {

    private static final Programme PROGRAMME = SeedCatalogue.programme("specialized-new");
    private static final RuleVersion V2022 = SeedCatalogue.version(PROGRAMME, "MIIT-2022-63");
    private static final RuleVersion V2026 = SeedCatalogue.version(PROGRAMME, "MIIT-2026-2");

    private static SeedCatalogue.Figures conditions2022() {
        return SeedCatalogue.figures()
                .with("nicheYears", 2)
                .with("rdSpend", 100)
                .with("rdRatio", 3)
                .with("revenue", 1000);
    }

    private static SeedCatalogue.Figures strong2022() {
        return conditions2022()
                .with("nicheYears", 10)
                .with("mainBusinessShare", 80)
                .with("mainBusinessGrowth2yAvg", 10)
                .with("keyChainProduct", 1)
                .with("digitalLevel", 3)
                .with("qualityItems", 2)
                .with("netProfitMargin", 10)
                .with("debtRatio", 50)
                .with("ipClass1HighValue", 1)
                .with("rdSpend", 500)
                .with("rdStaffRatio", 20)
                .with("rdInstitutionLevel", 4);
    }

    private static BigDecimal indicator(Evaluation evaluation, String id) {
        return evaluation.dimensions().stream()
                .flatMap(dimension -> dimension.indicators().stream())
                .filter(indicator -> indicator.id().equals(id))
                .findFirst()
                .orElseThrow()
                .points();
    }

    @Test
    void theRuleVersionInForceFollowsTheEffectiveDate() {
        assertThat(PROGRAMME
                        .ruleVersionOn(LocalDate.of(2026, 3, 31))
                        .orElseThrow()
                        .id())
                .isEqualTo("MIIT-2022-63");
        assertThat(PROGRAMME
                        .ruleVersionOn(LocalDate.of(2026, 4, 1))
                        .orElseThrow()
                        .id())
                .isEqualTo("MIIT-2026-2");
    }

    @Test
    void aStrongFirmScoresEightyFiveOfTheNationalTableAndPasses() {
        Evaluation evaluation =
                EligibilityEvaluator.evaluate(PROGRAMME, V2022, strong2022().build());

        assertThat(evaluation.score()).isEqualByComparingTo("85");
        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.dimensions())
                .extracting(
                        DimensionScore::name, dimension -> dimension.points().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("专业化", 25),
                        org.assertj.core.groups.Tuple.tuple("精细化", 25),
                        org.assertj.core.groups.Tuple.tuple("特色化", 0),
                        org.assertj.core.groups.Tuple.tuple("创新能力", 35));
        assertThat(evaluation.incomplete()).isTrue();
        assertThat(evaluation.missing()).contains("scoring.dimensions.特色化.indicators");
    }

    @Test
    void aFailedConditionIsExplainedWithActualRequiredAndShortfall() {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                PROGRAMME, V2022, strong2022().with("nicheYears", 1).build());

        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.conditions())
                .filteredOn(condition -> condition.id().equals("nicheYears"))
                .singleElement()
                .satisfies(condition -> {
                    assertThat(condition.met()).isFalse();
                    assertThat(condition.actual()).isEqualTo("1");
                    assertThat(condition.required()).isEqualTo("nicheYears ≥ 2");
                });
        assertThat(evaluation.gaps())
                .filteredOn(gap -> gap.id().equals("nicheYears"))
                .singleElement()
                .satisfies(gap -> assertThat(gap.shortBy()).isEqualByComparingTo("1"));
    }

    @Test
    void revenueBelowTenMillionIsAcceptedWithTwentyMillionOfEquityFinancing() {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                PROGRAMME,
                V2022,
                strong2022()
                        .with("revenue", 800)
                        .with("equityFinancing2y", 2000)
                        .build());

        assertThat(evaluation.conditions())
                .filteredOn(condition -> condition.id().equals("revenue"))
                .singleElement()
                .satisfies(condition -> assertThat(condition.met()).isTrue());
        assertThat(evaluation.eligible()).isTrue();
    }

    @Test
    void anUnreportedFigureFailsItsConditionAndSaysSo() {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                PROGRAMME, V2022, SeedCatalogue.figures().with("nicheYears", 3).build());

        assertThat(evaluation.conditions())
                .filteredOn(condition -> condition.id().equals("rd.rdSpend"))
                .singleElement()
                .satisfies(condition -> assertThat(condition.actual()).isEqualTo("not reported"));
        assertThat(evaluation.gaps())
                .filteredOn(gap -> gap.id().equals("rd.rdSpend"))
                .singleElement()
                .satisfies(gap -> assertThat(gap.shortBy()).isNull());
    }

    @ParameterizedTest(name = "R&D {0}万 / {1}% earns {2}")
    @CsvSource({
        "500, 3, 10",
        "150, 10, 10",
        "400, 3, 8",
        "150, 8, 8",
        "300, 3, 6",
        "200, 3, 4",
        "100, 3, 2",
        "99, 2.9, 0"
    })
    void rdIndicatorTakesTheBetterOfAmountAndRatio(String spend, String ratio, int points) {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                PROGRAMME,
                V2022,
                SeedCatalogue.figures()
                        .with("rdSpend", spend)
                        .with("rdRatio", ratio)
                        .build());

        assertThat(indicator(evaluation, "rd")).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "{0} years in the niche earn {1}")
    @CsvSource({"1, 0", "2, 1", "5, 2", "10, 5", "30, 5"})
    void nicheYearsEarnOnePointPerTwoYearsUpToFive(String years, int points) {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                PROGRAMME,
                V2022,
                SeedCatalogue.figures().with("nicheYears", years).build());

        assertThat(indicator(evaluation, "nicheYears")).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "{0} quality items earn {1}")
    @CsvSource({"0, 0", "1, 3", "2, 5", "4, 5"})
    void qualityItemsEarnThreePointsEachCappedAtFive(String items, int points) {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                PROGRAMME,
                V2022,
                SeedCatalogue.figures().with("qualityItems", items).build());

        assertThat(indicator(evaluation, "quality")).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "net margin {0}% earns {1}")
    @CsvSource({"10, 10", "9.99, 8", "8, 8", "6, 6", "4, 4", "2, 2", "1.99, 0"})
    void netProfitMarginBands(String margin, int points) {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                PROGRAMME,
                V2022,
                SeedCatalogue.figures().with("netProfitMargin", margin).build());

        assertThat(indicator(evaluation, "netProfitMargin")).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "direct route {0} = {1}")
    @CsvSource({
        "rdSpendAvg2y, 1000, rdAverage",
        "equityFinancing2y, 6000, equityFinancing",
        "makerChinaTop500, 1, makerChina",
        "scienceAwardProvincial, 1, scienceAward"
    })
    void aDirectRouteReplacesTheScoreButNotTheConditions(String metric, String value, String route) {
        Evaluation withConditions = EligibilityEvaluator.evaluate(
                PROGRAMME, V2022, conditions2022().with(metric, value).build());
        Evaluation withoutConditions = EligibilityEvaluator.evaluate(
                PROGRAMME, V2022, SeedCatalogue.figures().with(metric, value).build());

        assertThat(withConditions.eligible()).isTrue();
        assertThat(withConditions.directRoute().id()).isEqualTo(route);
        assertThat(withoutConditions.eligible()).isFalse();
    }

    private static SeedCatalogue.Figures conditions2026() {
        return SeedCatalogue.figures()
                .with("holdsInnovativeSme", 1)
                .with("nicheYears", 3)
                .with("revenue", 1500)
                .with("mainBusinessShare", 80)
                .with("debtRatio", 80)
                .with("rdSpendMin2y", 100)
                .with("rdRatioMin2y", 3)
                .with("ipClass1", 1)
                .with("marketShareLeading", 1)
                .with("miitEvaluationScore", 50);
    }

    @Test
    void the2026StandardIsMetExactlyOnEveryBoundary() {
        Evaluation evaluation =
                EligibilityEvaluator.evaluate(PROGRAMME, V2026, conditions2026().build());

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.score()).isNull();
        assertThat(evaluation.conditions()).filteredOn(ConditionResult::met).hasSizeGreaterThanOrEqualTo(6);
        assertThat(evaluation.gaps()).isEmpty();
    }

    @ParameterizedTest(name = "2026: {0} = {1} fails condition {2}")
    @CsvSource({
        "holdsInnovativeSme, 0, qualification",
        "nicheYears, 2, qualification",
        "revenue, 1499, scale",
        "mainBusinessShare, 79.9, scale",
        "debtRatio, 80.1, scale",
        "rdSpendMin2y, 99, rd",
        "rdRatioMin2y, 2.99, rd",
        "ipClass1, 0, ip",
        "marketShareLeading, 0, marketShare",
        "miitEvaluationScore, 49.5, evaluationScore"
    })
    void each2026ConditionIsEnforced(String metric, String value, String condition) {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                PROGRAMME, V2026, conditions2026().with(metric, value).build());

        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.conditions())
                .filteredOn(result -> result.id().equals(condition))
                .singleElement()
                .satisfies(result -> assertThat(result.met()).isFalse());
    }

    @Test
    void aProvincialInstitutionExemptsTheFirmFromTheClassOneIpCondition() {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                PROGRAMME,
                V2026,
                conditions2026()
                        .with("ipClass1", 0)
                        .with("rdInstitutionLevel", 3)
                        .build());

        assertThat(evaluation.eligible()).isTrue();
    }
}
