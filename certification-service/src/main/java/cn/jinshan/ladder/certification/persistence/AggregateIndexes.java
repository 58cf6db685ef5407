package cn.jinshan.ladder.certification.persistence;

import cn.jinshan.ladder.kit.outbox.OutboxProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start-up: the version index on every aggregate collection (those with an outbox). */
@Component
class AggregateIndexes {

    private final AggregateDocuments documents;
    private final OutboxProperties outbox;

    AggregateIndexes(AggregateDocuments documents, OutboxProperties outbox) {
        this.documents = documents;
        this.outbox = outbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        outbox.collections().forEach(documents::ensureVersionIndex);
    }
}
