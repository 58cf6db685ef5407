package cn.jinshan.ladder.certification.certificate.application;

import java.time.LocalDate;

/** Issue the certificate an approved application earned. */
public record IssueCertificate(
        String applicationId,
        String enterpriseId,
        String programme,
        String level,
        String ruleVersion,
        Integer validityYears,
        LocalDate announcedOn) {}
