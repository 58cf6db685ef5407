package cn.jinshan.ladder.certification.programme.domain;

import java.math.BigDecimal;

/** One comparison of a firm's metric with a threshold, e.g. {@code rdRatio ≥ 3}. */
public record Criterion(String metric, Operator operator, BigDecimal threshold) {

    /** The rule as a person reads it, e.g. {@code rdRatio ≥ 3}. */
    public String describe() {
        return metric + " " + operator.symbol() + " "
                + (threshold == null ? "(not configured)" : threshold.toPlainString());
    }
}
