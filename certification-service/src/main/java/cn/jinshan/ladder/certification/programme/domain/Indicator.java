package cn.jinshan.ladder.certification.programme.domain;

import java.util.List;

/** One scored indicator: either banded (first band that holds) or per unit. */
public record Indicator(String id, String description, List<Band> bands, PerUnit perUnit) {

    public Indicator {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }
}
