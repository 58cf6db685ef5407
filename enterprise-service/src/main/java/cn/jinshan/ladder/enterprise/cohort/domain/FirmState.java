package cn.jinshan.ladder.enterprise.cohort.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the cohort log needs to know of a firm: where it is, its flags with their dates, its certificate spans, and
 * the day it left the district (null while in it).
 */
public record FirmState(
        String firm,
        String name,
        String town,
        String cluster,
        String specialist,
        boolean aboveScale,
        LocalDate aboveScaleSince,
        boolean digitallyTransformed,
        LocalDate digitallyTransformedSince,
        List<Span> certificates,
        LocalDate leftDistrictOn) {

    public FirmState {
        certificates = List.copyOf(certificates);
    }

    /** One certificate as a time span: from its announcement to its expiry or revocation (open while active). */
    public record Span(String programme, LocalDate start, LocalDate end, String cause) {}
}
