package cn.jinshan.ladder.certification.certificate.domain;

import java.time.LocalDate;

/** The data of a certificate, as stored and as shown. {@code validUntil} is null when the validity is unknown. */
public record CertificateState(
        String id,
        String enterpriseId,
        String programme,
        String level,
        String number,
        LocalDate validFrom,
        LocalDate validUntil,
        String ruleVersion,
        LocalDate announcedOn,
        String applicationId,
        CertificateStatus status,
        String revokedReason,
        LocalDate revokedOn,
        String revokedBy,
        LocalDate expiredOn,
        long version) {

    CertificateState revoked(String reason, LocalDate on, String by) {
        return new CertificateState(
                id,
                enterpriseId,
                programme,
                level,
                number,
                validFrom,
                validUntil,
                ruleVersion,
                announcedOn,
                applicationId,
                CertificateStatus.REVOKED,
                reason,
                on,
                by,
                null,
                version);
    }

    CertificateState expired(LocalDate on) {
        return new CertificateState(
                id,
                enterpriseId,
                programme,
                level,
                number,
                validFrom,
                validUntil,
                ruleVersion,
                announcedOn,
                applicationId,
                CertificateStatus.EXPIRED,
                null,
                null,
                null,
                on,
                version);
    }
}
