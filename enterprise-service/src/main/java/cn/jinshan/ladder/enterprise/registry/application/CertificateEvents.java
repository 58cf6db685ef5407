package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.CertificateChange;
import cn.jinshan.ladder.kit.consumer.ProcessedEvents;
import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.events.IncomingEvent;
import cn.jinshan.ladder.kit.events.MalformedEventException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Applies certification-service's certificate events to the holders' ladders, once per event id: other event
 * types on the topic are skipped, an unreadable certificate event is malformed (dead-lettered at once).
 */
@Service
public class CertificateEvents implements CertificationEventHandler {

    static final String CONSUMER = "enterprise-ladder";
    static final Map<String, CertificateChange.Kind> KINDS = Map.of(
            "certification.CertificateIssued", CertificateChange.Kind.ISSUED,
            "certification.CertificateRenewed", CertificateChange.Kind.RENEWED,
            "certification.CertificateExpired", CertificateChange.Kind.EXPIRED,
            "certification.CertificateRevoked", CertificateChange.Kind.REVOKED);

    /** The fields of a certificate event this service uses (its own reading of the producer's payload). */
    record CertificatePayload(
            String certificateId,
            String enterpriseId,
            String programme,
            String level,
            String number,
            String validFrom,
            String validUntil,
            String ruleVersion,
            String announcedOn,
            String reason) {}

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final EnterpriseService enterprises;

    CertificateEvents(EventCodec codec, ProcessedEvents processed, EnterpriseService enterprises) {
        this.codec = codec;
        this.processed = processed;
        this.enterprises = enterprises;
    }

    /** Handles one record value from {@code certification.events}. */
    @Override
    public void accept(String json) {
        IncomingEvent event = codec.read(json);
        CertificateChange.Kind kind = KINDS.get(event.type());
        if (kind == null || processed.alreadyApplied(CONSUMER, event.eventId())) {
            return;
        }
        CertificatePayload p = codec.payload(event, CertificatePayload.class);
        if (blank(p.enterpriseId()) || blank(p.certificateId())) {
            throw new MalformedEventException(
                    event.type() + " " + event.eventId() + " names no enterpriseId or certificateId", null);
        }
        CertificateChange change = new CertificateChange(
                kind,
                p.certificateId(),
                p.programme(),
                p.level(),
                p.number(),
                date(p.validFrom(), event),
                date(p.validUntil(), event),
                p.ruleVersion(),
                date(p.announcedOn(), event),
                p.reason());
        enterprises.applyCertificate(p.enterpriseId(), change, event.occurredAt());
        processed.markApplied(CONSUMER, event.eventId(), event.type());
    }

    private static LocalDate date(String value, IncomingEvent event) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException(
                    event.type() + " " + event.eventId() + " has an unreadable date " + value, e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
