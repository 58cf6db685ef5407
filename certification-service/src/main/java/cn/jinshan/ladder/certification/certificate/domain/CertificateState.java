package cn.jinshan.ladder.certification.certificate.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        List<Integer> expiringNotices,
        List<String> renewals,
        long version) {

    public CertificateState {
        expiringNotices = expiringNotices == null ? List.of() : List.copyOf(expiringNotices);
        renewals = renewals == null ? List.of() : List.copyOf(renewals);
    }

    CertificateState renewed(String renewalId, LocalDate on, LocalDate until, String rules) {
        List<String> done = new ArrayList<>(renewals);
        done.add(renewalId);
        return new CertificateState(
                id,
                enterpriseId,
                programme,
                level,
                number,
                validFrom,
                until,
                rules,
                on,
                this.applicationId,
                status,
                revokedReason,
                revokedOn,
                revokedBy,
                expiredOn,
                List.of(),
                done,
                version);
    }

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
                expiringNotices,
                renewals,
                version);
    }

    CertificateState noticed(List<Integer> notices) {
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
                status,
                revokedReason,
                revokedOn,
                revokedBy,
                expiredOn,
                notices,
                renewals,
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
                expiringNotices,
                renewals,
                version);
    }
}
