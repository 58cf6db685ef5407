package cn.jinshan.ladder.certification.certificate.application;

import cn.jinshan.ladder.certification.certificate.domain.CertificateEvent;
import cn.jinshan.ladder.certification.certificate.domain.CertificateState;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns certificate events into {@code certification.Certificate*} envelopes (key: the certificate id). */
final class CertificateEvents {

    static final String PREFIX = "certification.";

    private CertificateEvents() {}

    static EventEnvelope envelope(CertificateEvent event, Instant at) {
        CertificateState certificate = event.certificate();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("certificateId", certificate.id());
        payload.put("enterpriseId", certificate.enterpriseId());
        payload.put("programme", certificate.programme());
        payload.put("level", certificate.level());
        payload.put("number", certificate.number());
        payload.put("validFrom", date(certificate.validFrom()));
        payload.put("validUntil", date(certificate.validUntil()));
        payload.put("ruleVersion", certificate.ruleVersion());
        payload.put("announcedOn", date(certificate.announcedOn()));
        payload.put("applicationId", certificate.applicationId());
        switch (event.name()) {
            case "CertificateRevoked" -> {
                payload.put("reason", certificate.revokedReason());
                payload.put("revokedOn", date(certificate.revokedOn()));
                payload.put("revokedBy", certificate.revokedBy());
            }
            case "CertificateExpired" -> payload.put("expiredOn", date(certificate.expiredOn()));
            case "CertificateExpiring" -> payload.put("daysLeft", event.daysLeft());
            case "CertificateRenewed" ->
                payload.put(
                        "applicationId",
                        certificate.renewals().get(certificate.renewals().size() - 1));
            default -> {}
        }
        return EventEnvelope.create(PREFIX + event.name(), 1, certificate.id(), payload, at);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
