package cn.jinshan.ladder.certification.eligibility.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** A firm's figures by metric name (units as in the metric vocabulary). */
public record MetricValues(Map<String, BigDecimal> values) {

    public MetricValues {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public Optional<BigDecimal> value(String metric) {
        return Optional.ofNullable(values.get(metric));
    }
}
