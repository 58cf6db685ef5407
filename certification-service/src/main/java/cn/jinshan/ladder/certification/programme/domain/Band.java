package cn.jinshan.ladder.certification.programme.domain;

import java.math.BigDecimal;
import java.util.List;

/** A scoring band: its points are earned when any one of its criteria holds. Bands are listed best first. */
public record Band(BigDecimal points, List<Criterion> when) {

    public Band {
        when = when == null ? List.of() : List.copyOf(when);
    }
}
