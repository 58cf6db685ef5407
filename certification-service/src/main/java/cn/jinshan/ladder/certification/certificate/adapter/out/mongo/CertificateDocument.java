package cn.jinshan.ladder.certification.certificate.adapter.out.mongo;

import cn.jinshan.ladder.certification.certificate.domain.CertificateState;
import cn.jinshan.ladder.certification.certificate.domain.CertificateStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;

/** A certificate as stored in {@code certificates} (plus {@code version} and the {@code outbox} array). */
record CertificateDocument(
        @Id String id,
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

    static CertificateDocument of(CertificateState c) {
        return new CertificateDocument(
                c.id(),
                c.enterpriseId(),
                c.programme(),
                c.level(),
                c.number(),
                c.validFrom(),
                c.validUntil(),
                c.ruleVersion(),
                c.announcedOn(),
                c.applicationId(),
                c.status(),
                c.revokedReason(),
                c.revokedOn(),
                c.revokedBy(),
                c.expiredOn(),
                c.expiringNotices(),
                c.renewals(),
                c.version());
    }

    CertificateState toState() {
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
                expiringNotices,
                renewals,
                version);
    }
}
