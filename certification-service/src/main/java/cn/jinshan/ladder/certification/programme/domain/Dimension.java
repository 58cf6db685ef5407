package cn.jinshan.ladder.certification.programme.domain;

import java.math.BigDecimal;
import java.util.List;

/** A scoring dimension (e.g. 创新能力) with its maximum, its sub-minimum (if any) and its indicators. */
public record Dimension(String name, BigDecimal max, BigDecimal minimum, List<Indicator> indicators) {

    public Dimension {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
