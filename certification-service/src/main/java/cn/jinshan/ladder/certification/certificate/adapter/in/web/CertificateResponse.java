package cn.jinshan.ladder.certification.certificate.adapter.in.web;

import cn.jinshan.ladder.certification.certificate.domain.CertificateState;
import cn.jinshan.ladder.certification.certificate.domain.CertificateStatus;
import java.time.LocalDate;
import java.util.List;

/** A certificate as the API shows it. */
record CertificateResponse(
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
        LocalDate expiredOn,
        List<String> renewals) {

    static CertificateResponse of(CertificateState c) {
        return new CertificateResponse(
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
                c.expiredOn(),
                c.renewals());
    }
}
