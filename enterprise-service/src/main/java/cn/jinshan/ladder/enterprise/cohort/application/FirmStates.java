package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.FirmState;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Holding;
import cn.jinshan.ladder.enterprise.registry.domain.HoldingStatus;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import java.time.LocalDate;
import java.time.ZoneId;

/** Reads the cohort's view of a firm off the registry's enterprise. */
final class FirmStates {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private FirmStates() {}

    static FirmState of(Enterprise enterprise) {
        Profile p = enterprise.profile();
        String specialist = enterprise.specialist() == null
                ? null
                : enterprise.specialist().username() != null
                        ? enterprise.specialist().username()
                        : enterprise.specialist().subject();
        return new FirmState(
                enterprise.id().value(),
                p.legalName(),
                p.town(),
                p.cluster(),
                specialist,
                p.aboveScale(),
                p.aboveScaleSince(),
                p.digitallyTransformed(),
                p.digitallyTransformedSince(),
                enterprise.holdings().stream().map(FirmStates::span).toList(),
                enterprise.departure() == null ? null : enterprise.departure().on());
    }

    private static FirmState.Span span(Holding h) {
        LocalDate start = h.announcedOn() != null ? h.announcedOn() : h.validFrom();
        LocalDate end = null;
        String cause = null;
        if (h.status() == HoldingStatus.EXPIRED) {
            end = h.validUntil() != null ? h.validUntil() : day(h);
            cause = "EXPIRED";
        } else if (h.status() == HoldingStatus.REVOKED) {
            end = day(h);
            cause = "REVOKED";
        }
        if (end != null && start != null && end.isBefore(start)) {
            end = start;
        }
        return new FirmState.Span(h.programme(), start, end, cause);
    }

    private static LocalDate day(Holding h) {
        return h.updatedAt() == null ? null : h.updatedAt().atZone(SHANGHAI).toLocalDate();
    }
}
