package cn.jinshan.ladder.certification.certificate.domain;

/** What happened to a certificate, named as its event type (e.g. {@code CertificateIssued}), with its new state. */
public record CertificateEvent(String name, CertificateState certificate) {}
