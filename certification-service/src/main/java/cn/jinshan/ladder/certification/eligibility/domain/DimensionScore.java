package cn.jinshan.ladder.certification.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;

/** A dimension's points (capped at its maximum) against its sub-minimum, with each indicator's points. */
public record DimensionScore(
        String name, BigDecimal points, BigDecimal max, BigDecimal minimum, List<IndicatorScore> indicators) {

    public DimensionScore {
        indicators = List.copyOf(indicators);
    }

    public boolean meetsMinimum() {
        return minimum == null || points.compareTo(minimum) >= 0;
    }
}
