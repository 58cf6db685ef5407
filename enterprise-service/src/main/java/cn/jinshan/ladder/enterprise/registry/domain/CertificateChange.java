package cn.jinshan.ladder.enterprise.registry.domain;

import java.time.LocalDate;

/** What certification-service reported about one certificate of a firm. */
public record CertificateChange(
        Kind kind,
        String certificateId,
        String programme,
        String level,
        String number,
        LocalDate validFrom,
        LocalDate validUntil,
        String ruleVersion,
        LocalDate announcedOn,
        String reason) {

    /** The four certificate events that move holdings. */
    public enum Kind {
        ISSUED,
        RENEWED,
        EXPIRED,
        REVOKED
    }

    HoldingStatus resultingStatus() {
        return switch (kind) {
            case ISSUED, RENEWED -> HoldingStatus.ACTIVE;
            case EXPIRED -> HoldingStatus.EXPIRED;
            case REVOKED -> HoldingStatus.REVOKED;
        };
    }

    /** The cause written in the stage history, e.g. {@code CertificateIssued SPECIALIZED_NEW 沪专精2024-0123}. */
    String cause(String knownProgramme, String knownNumber) {
        String name = switch (kind) {
            case ISSUED -> "CertificateIssued";
            case RENEWED -> "CertificateRenewed";
            case EXPIRED -> "CertificateExpired";
            case REVOKED -> "CertificateRevoked";
        };
        StringBuilder cause = new StringBuilder(name).append(' ').append(knownProgramme == null ? "?" : knownProgramme);
        if (knownNumber != null) {
            cause.append(' ').append(knownNumber);
        }
        if (reason != null && !reason.isBlank()) {
            cause.append(": ").append(reason);
        }
        return cause.toString();
    }
}
