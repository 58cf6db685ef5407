package cn.jinshan.ladder.certification.certificate.domain;

/** Whether a certificate still counts on the ladder. */
public enum CertificateStatus {
    ACTIVE,
    REVOKED,
    EXPIRED
}
