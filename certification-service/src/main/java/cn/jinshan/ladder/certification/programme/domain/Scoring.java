package cn.jinshan.ladder.certification.programme.domain;

import java.math.BigDecimal;
import java.util.List;

/** A scoring table: dimensions and the pass mark (null when the research found none). */
public record Scoring(BigDecimal passMark, List<Dimension> dimensions) {

    public Scoring {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }
}
