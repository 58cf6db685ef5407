package cn.jinshan.ladder.enterprise.registry.adapter.in.kafka;

import cn.jinshan.ladder.enterprise.registry.application.CertificationEventHandler;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code certification.events} to every handler (the ladder, the cohort pipeline); the kit's error handler
 * retries, then dead-letters the record once.
 */
@Component
class CertificationEventListener {

    private final List<CertificationEventHandler> handlers;

    CertificationEventListener(List<CertificationEventHandler> handlers) {
        this.handlers = handlers;
    }

    @KafkaListener(id = "enterprise-ladder", topics = "certification.events", groupId = "enterprise-service")
    void on(ConsumerRecord<String, String> record) {
        handlers.forEach(handler -> handler.accept(record.value()));
    }
}
