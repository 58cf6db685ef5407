package cn.jinshan.ladder.enterprise.registry.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A certificate the firm holds (or held), as certification-service last reported it. */
public record Holding(
        String certificateId,
        String programme,
        String level,
        String number,
        LocalDate validFrom,
        LocalDate validUntil,
        String ruleVersion,
        LocalDate announcedOn,
        HoldingStatus status,
        String reason,
        Instant updatedAt) {

    boolean isActive() {
        return status == HoldingStatus.ACTIVE;
    }

    boolean sameFacts(Holding other) {
        return other != null
                && java.util.Objects.equals(programme, other.programme)
                && java.util.Objects.equals(level, other.level)
                && java.util.Objects.equals(number, other.number)
                && java.util.Objects.equals(validFrom, other.validFrom)
                && java.util.Objects.equals(validUntil, other.validUntil)
                && java.util.Objects.equals(ruleVersion, other.ruleVersion)
                && java.util.Objects.equals(announcedOn, other.announcedOn)
                && status == other.status
                && java.util.Objects.equals(reason, other.reason);
    }
}
