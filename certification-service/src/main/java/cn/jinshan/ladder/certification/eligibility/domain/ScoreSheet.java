package cn.jinshan.ladder.certification.eligibility.domain;

import cn.jinshan.ladder.certification.programme.domain.Band;
import cn.jinshan.ladder.certification.programme.domain.Criterion;
import cn.jinshan.ladder.certification.programme.domain.Dimension;
import cn.jinshan.ladder.certification.programme.domain.Indicator;
import cn.jinshan.ladder.certification.programme.domain.PerUnit;
import cn.jinshan.ladder.certification.programme.domain.Scoring;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A scoring table applied to a firm's figures: points per indicator and dimension, total, and what is short. */
record ScoreSheet(Scoring scoring, List<DimensionScore> dimensions, BigDecimal score, List<Gap> indicatorGaps) {

    static ScoreSheet of(Scoring scoring, MetricValues metrics) {
        List<DimensionScore> dimensions = new ArrayList<>();
        List<Gap> indicatorGaps = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Dimension dimension : scoring.dimensions()) {
            List<IndicatorScore> indicators = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator indicator : dimension.indicators()) {
                IndicatorScore scored = score(indicator, metrics, indicatorGaps);
                indicators.add(scored);
                sum = sum.add(scored.points());
            }
            BigDecimal points = sum.min(dimension.max());
            dimensions.add(
                    new DimensionScore(dimension.name(), points, dimension.max(), dimension.minimum(), indicators));
            total = total.add(points);
        }
        return new ScoreSheet(scoring, dimensions, total, indicatorGaps);
    }

    boolean passed() {
        return scoring.passMark() != null
                && score.compareTo(scoring.passMark()) >= 0
                && dimensions.stream().allMatch(DimensionScore::meetsMinimum);
    }

    List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        if (scoring.passMark() == null) {
            gaps.add(new Gap("score", "pass mark not yet configured by an administrator", null));
        } else if (score.compareTo(scoring.passMark()) < 0) {
            gaps.add(new Gap(
                    "score",
                    "score " + EligibilityEvaluator.plain(score) + " < pass mark "
                            + EligibilityEvaluator.plain(scoring.passMark()),
                    scoring.passMark().subtract(score)));
        }
        dimensions.stream()
                .filter(dimension -> !dimension.meetsMinimum())
                .forEach(dimension -> gaps.add(new Gap(
                        "dimension." + dimension.name(),
                        dimension.name() + " " + EligibilityEvaluator.plain(dimension.points()) + " < minimum "
                                + EligibilityEvaluator.plain(dimension.minimum()),
                        dimension.minimum().subtract(dimension.points()))));
        gaps.addAll(indicatorGaps);
        return gaps;
    }

    private static IndicatorScore score(Indicator indicator, MetricValues metrics, List<Gap> gaps) {
        if (indicator.perUnit() != null) {
            return perUnit(indicator, indicator.perUnit(), metrics);
        }
        List<Band> bands = indicator.bands();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            for (Criterion criterion : band.when()) {
                if (CriterionCheck.holds(criterion, metrics)) {
                    if (i > 0) {
                        nextBandGap(indicator, bands.get(i - 1), band.points(), metrics, gaps);
                    }
                    return new IndicatorScore(
                            indicator.id(), indicator.description(), band.points(), CriterionCheck.required(criterion));
                }
            }
        }
        if (!bands.isEmpty()) {
            nextBandGap(indicator, bands.get(bands.size() - 1), BigDecimal.ZERO, metrics, gaps);
        }
        return new IndicatorScore(indicator.id(), indicator.description(), BigDecimal.ZERO, "none");
    }

    private static void nextBandGap(
            Indicator indicator, Band next, BigDecimal current, MetricValues metrics, List<Gap> gaps) {
        Criterion target = next.when().get(0);
        gaps.add(new Gap(
                "indicator." + indicator.id(),
                indicator.description() + ": " + CriterionCheck.actual(target, metrics) + ", "
                        + CriterionCheck.required(target) + " earns " + EligibilityEvaluator.plain(next.points())
                        + " points (now " + EligibilityEvaluator.plain(current) + ")",
                CriterionCheck.shortBy(target, metrics)));
    }

    private static IndicatorScore perUnit(Indicator indicator, PerUnit perUnit, MetricValues metrics) {
        return metrics.value(perUnit.metric())
                .map(actual -> {
                    BigDecimal units = actual.max(BigDecimal.ZERO).divide(perUnit.per(), 0, RoundingMode.FLOOR);
                    BigDecimal points = units.multiply(perUnit.points()).min(perUnit.cap());
                    return new IndicatorScore(
                            indicator.id(),
                            indicator.description(),
                            points,
                            EligibilityEvaluator.plain(perUnit.points()) + " per "
                                    + EligibilityEvaluator.plain(perUnit.per()) + " " + perUnit.metric() + ", at most "
                                    + EligibilityEvaluator.plain(perUnit.cap()));
                })
                .orElse(new IndicatorScore(indicator.id(), indicator.description(), BigDecimal.ZERO, "not reported"));
    }
}
