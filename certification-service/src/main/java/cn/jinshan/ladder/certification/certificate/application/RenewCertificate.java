package cn.jinshan.ladder.certification.certificate.application;

import java.time.LocalDate;

/** Apply an approved renewal application (复核) to the certificate it renews. */
public record RenewCertificate(String certificateId, String applicationId, LocalDate announcedOn, String ruleVersion) {}
