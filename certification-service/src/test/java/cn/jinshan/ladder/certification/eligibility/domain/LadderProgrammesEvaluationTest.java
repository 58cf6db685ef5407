package cn.jinshan.ladder.certification.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.programme.domain.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 小巨人 (2022 and 2026), 瞪羚 (4 of 6 special conditions) and programmes whose criteria were not found. */
class LadderProgrammesEvaluationTest {

    private static final Programme LITTLE_GIANT = SeedCatalogue.programme("little-giant");
    private static final Programme GAZELLE = SeedCatalogue.programme("gazelle");

    private static SeedCatalogue.Figures littleGiant2026() {
        return SeedCatalogue.figures()
                .with("holdsSpecializedNew", 1)
                .with("nicheYears", 3)
                .with("revenue", 5000)
                .with("mainBusinessShare", 90)
                .with("revenueCagr2y", 5)
                .with("debtRatio", 75)
                .with("rdSpendTotal2y", 1200)
                .with("rdRatioMin2y", 3)
                .with("ipClass1OwnRd", 4)
                .with("marketShare", 10)
                .with("keyChainLink", 1)
                .with("miitEvaluationScore", 60);
    }

    @Test
    void littleGiant2026OnEveryBoundaryIsEligible() {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                LITTLE_GIANT,
                SeedCatalogue.version(LITTLE_GIANT, "MIIT-2026-2"),
                littleGiant2026().build());

        assertThat(evaluation.eligible()).isTrue();
    }

    @ParameterizedTest(name = "2026 小巨人: {0} = {1} is not eligible")
    @CsvSource({
        "revenue, 4999",
        "mainBusinessShare, 89",
        "revenueCagr2y, 4.9",
        "debtRatio, 75.5",
        "rdSpendTotal2y, 1199",
        "ipClass1OwnRd, 3",
        "marketShare, 9",
        "miitEvaluationScore, 59"
    })
    void littleGiant2026Thresholds(String metric, String value) {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                LITTLE_GIANT,
                SeedCatalogue.version(LITTLE_GIANT, "MIIT-2026-2"),
                littleGiant2026().with(metric, value).build());

        assertThat(evaluation.eligible()).isFalse();
    }

    @Test
    void aTopThreeDomesticRankReplacesTheTenPercentShare() {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                LITTLE_GIANT,
                SeedCatalogue.version(LITTLE_GIANT, "MIIT-2026-2"),
                littleGiant2026()
                        .with("marketShare", 4)
                        .with("marketRankChina", 3)
                        .build());

        assertThat(evaluation.eligible()).isTrue();
    }

    private static SeedCatalogue.Figures littleGiant2022(long revenue, String rdRatioMin2y) {
        return SeedCatalogue.figures()
                .with("nicheYears", 3)
                .with("mainBusinessShare", 70)
                .with("mainBusinessGrowth2yAvg", 5)
                .with("informationSystem", 1)
                .with("managementCertification", 1)
                .with("debtRatio", 70)
                .with("marketShare", 10)
                .with("ownBrand", 1)
                .with("revenue", revenue)
                .with("rdRatioMin2y", rdRatioMin2y)
                .with("rdInstitutionLevel", 1)
                .with("ipClass1", 2)
                .with("keyChainLink", 1);
    }

    @ParameterizedTest(name = "2022 小巨人: revenue {0}万 with R&D {1}% → {2}")
    @CsvSource({"10000, 3, true", "9999, 3, false", "9999, 6, true", "5000, 6, true", "4999, 6, false"})
    void littleGiant2022RdIntensityDependsOnRevenue(long revenue, String ratio, boolean eligible) {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                LITTLE_GIANT,
                SeedCatalogue.version(LITTLE_GIANT, "MIIT-2022-63"),
                littleGiant2022(revenue, ratio).build());

        assertThat(evaluation.eligible()).isEqualTo(eligible);
    }

    @Test
    void aNationalScienceAwardIsTheDirectRouteOfTheInnovationGroup() {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                LITTLE_GIANT,
                SeedCatalogue.version(LITTLE_GIANT, "MIIT-2022-63"),
                littleGiant2022(3000, "1")
                        .with("ipClass1", 0)
                        .with("scienceAwardNational", 1)
                        .build());

        assertThat(evaluation.eligible()).isTrue();
    }

    private static SeedCatalogue.Figures gazelleBase() {
        return SeedCatalogue.figures()
                .with("registeredInJinshan", 1)
                .with("yearsOperating", 3)
                .with("holdsSpecializedNew", 1)
                .with("revenueAvg3y", 3000)
                .with("revenueGrowth3yAvg", 30);
    }

    @Test
    void gazelleNeedsFourOfTheSixSpecialConditions() {
        SeedCatalogue.Figures three =
                gazelleBase().with("rdPlatform", 1).with("inventionPatents", 1).with("qualityCertification", 1);

        Evaluation withThree = EligibilityEvaluator.evaluate(
                GAZELLE, SeedCatalogue.version(GAZELLE, "JINSHAN-GAZELLE-2021"), three.build());
        Evaluation withFour = EligibilityEvaluator.evaluate(
                GAZELLE,
                SeedCatalogue.version(GAZELLE, "JINSHAN-GAZELLE-2021"),
                three.with("brandTitle", 1).build());

        assertThat(withThree.eligible()).isFalse();
        assertThat(withThree.gaps())
                .filteredOn(gap -> gap.id().equals("special"))
                .singleElement()
                .satisfies(gap -> assertThat(gap.shortBy()).isEqualByComparingTo("1"));
        assertThat(withFour.eligible()).isTrue();
        assertThat(withFour.incomplete()).isTrue();
        assertThat(withFour.missing()).contains("validityYears");
    }

    @ParameterizedTest(name = "瞪羚 growth: average revenue {0}万, growth {1}% → {2}")
    @CsvSource({
        "1000, 30, true",
        "5000, 30, true",
        "5000, 29, false",
        "5001, 20, true",
        "8000, 19.9, false",
        "999, 40, false"
    })
    void gazelleGrowthDependsOnSize(long revenue, String growth, boolean met) {
        Evaluation evaluation = EligibilityEvaluator.evaluate(
                GAZELLE,
                SeedCatalogue.version(GAZELLE, "JINSHAN-GAZELLE-2021"),
                gazelleBase()
                        .with("revenueAvg3y", revenue)
                        .with("revenueGrowth3yAvg", growth)
                        .build());

        assertThat(evaluation.conditions())
                .filteredOn(condition -> condition.id().equals("growth"))
                .singleElement()
                .satisfies(condition -> assertThat(condition.met()).isEqualTo(met));
    }

    @Test
    void aRuleVersionWithoutCriteriaIsNeverEligibleAndSaysWhy() {
        Programme listing = SeedCatalogue.programme("listing");

        Evaluation evaluation = EligibilityEvaluator.evaluate(
                listing,
                SeedCatalogue.version(listing, "JINSHAN-2020-45"),
                SeedCatalogue.figures().with("revenue", 100000).build());

        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.gaps()).extracting(Gap::id).containsExactly("criteria");
        assertThat(evaluation.missing()).contains("reserve-pool entry criteria for Jinshan");
    }

    @Test
    void theNationalTechnologyCentreHasNoRulesYetAndSaysSo() {
        Programme national = SeedCatalogue.programme("tech-center-national");

        assertThat(national.incomplete()).isTrue();
        assertThat(national.missing()).containsExactly("ruleVersions");
    }
}
