package cn.jinshan.ladder.enterprise.registry.application;

/**
 * One reader of {@code certification.events} inside this service. The single listener hands every record to each
 * handler in turn, so an unreadable record is dead-lettered once; each handler is idempotent by event id.
 */
public interface CertificationEventHandler {

    /** Handles one record value; types the handler does not read are skipped. */
    void accept(String json);
}
