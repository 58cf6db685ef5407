package cn.jinshan.ladder.certification.programme.domain;

import java.math.BigDecimal;

/** How an actual figure is compared with a threshold; "at least" and "at most" include the boundary. */
public enum Operator {
    GTE("≥"),
    GT(">"),
    LTE("≤"),
    LT("<"),
    EQ("=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** True when {@code actual} satisfies this comparison against {@code threshold}. */
    public boolean holds(BigDecimal actual, BigDecimal threshold) {
        int comparison = actual.compareTo(threshold);
        return switch (this) {
            case GTE -> comparison >= 0;
            case GT -> comparison > 0;
            case LTE -> comparison <= 0;
            case LT -> comparison < 0;
            case EQ -> comparison == 0;
        };
    }

    /** How far {@code actual} is from satisfying the comparison (zero when it already does). */
    public BigDecimal shortfall(BigDecimal actual, BigDecimal threshold) {
        if (holds(actual, threshold)) {
            return BigDecimal.ZERO;
        }
        return actual.subtract(threshold).abs();
    }
}
