package cn.jinshan.ladder.certification.certificate.application;

import cn.jinshan.ladder.certification.certificate.domain.CertificateState;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.util.List;
import java.util.Optional;

/** Where certificates are kept, each written together with the events it caused. */
public interface CertificateStore {

    /** Inserts a certificate; false when one with this id exists already (issuing is idempotent). */
    boolean insertIfAbsent(CertificateState certificate, List<EventEnvelope> events);

    void update(CertificateState certificate, List<EventEnvelope> events);

    Optional<CertificateState> find(String id);

    List<CertificateState> findByEnterprise(String enterpriseId);

    List<CertificateState> findActive();

    /** The next number in a programme's yearly sequence, starting at 1. */
    long nextNumber(String programme, int year);
}
