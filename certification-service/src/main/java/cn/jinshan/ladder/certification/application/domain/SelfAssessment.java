package cn.jinshan.ladder.certification.application.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The stored outcome of evaluating the application's figures under its rule version. */
public record SelfAssessment(boolean eligible, BigDecimal score, BigDecimal passMark, List<String> gaps, Instant at) {

    public SelfAssessment {
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }
}
