package cn.jinshan.ladder.certification.eligibility.domain;

import cn.jinshan.ladder.certification.programme.domain.Criterion;
import java.math.BigDecimal;
import java.util.Optional;

/** Tests one criterion against a firm's figures; an unreported figure never satisfies it. */
final class CriterionCheck {

    private CriterionCheck() {}

    static boolean holds(Criterion criterion, MetricValues metrics) {
        if (criterion.threshold() == null) {
            return false;
        }
        Optional<BigDecimal> actual = metrics.value(criterion.metric());
        return actual.isPresent() && criterion.operator().holds(actual.get(), criterion.threshold());
    }

    /** How far the figure is from the threshold, or null when either is unknown. */
    static BigDecimal shortBy(Criterion criterion, MetricValues metrics) {
        if (criterion.threshold() == null) {
            return null;
        }
        return metrics.value(criterion.metric())
                .map(actual -> criterion.operator().shortfall(actual, criterion.threshold()))
                .orElse(null);
    }

    static String actual(Criterion criterion, MetricValues metrics) {
        return metrics.value(criterion.metric())
                .map(EligibilityEvaluator::plain)
                .orElse("not reported");
    }

    static String required(Criterion criterion) {
        return criterion.threshold() == null
                ? criterion.metric() + " " + criterion.operator().symbol() + " (threshold not configured)"
                : criterion.metric() + " " + criterion.operator().symbol() + " "
                        + EligibilityEvaluator.plain(criterion.threshold());
    }
}
