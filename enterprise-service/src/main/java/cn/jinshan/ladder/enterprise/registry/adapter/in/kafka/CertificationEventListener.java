package cn.jinshan.ladder.enterprise.registry.adapter.in.kafka;

import cn.jinshan.ladder.enterprise.registry.application.CertificateEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@code certification.events} to the ladder; the kit's handler retries, then dead-letters. */
@Component
class CertificationEventListener {

    private final CertificateEvents certificateEvents;

    CertificationEventListener(CertificateEvents certificateEvents) {
        this.certificateEvents = certificateEvents;
    }

    @KafkaListener(id = "enterprise-ladder", topics = "certification.events", groupId = "enterprise-service")
    void on(ConsumerRecord<String, String> record) {
        certificateEvents.accept(record.value());
    }
}
