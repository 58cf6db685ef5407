package cn.jinshan.ladder.certification.certificate.domain;

/**
 * What happened to a certificate, named as its event type (e.g. {@code CertificateIssued}), with its new state;
 * {@code daysLeft} only for {@code CertificateExpiring}.
 */
public record CertificateEvent(String name, CertificateState certificate, Integer daysLeft) {}
