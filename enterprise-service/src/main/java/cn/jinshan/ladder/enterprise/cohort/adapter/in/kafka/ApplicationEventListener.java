package cn.jinshan.ladder.enterprise.cohort.adapter.in.kafka;

import cn.jinshan.ladder.enterprise.cohort.application.ApplicationEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@code certification.events} to the pipeline (its own consumer group); the kit retries, then dead-letters. */
@Component
class ApplicationEventListener {

    private final ApplicationEvents applicationEvents;

    ApplicationEventListener(ApplicationEvents applicationEvents) {
        this.applicationEvents = applicationEvents;
    }

    @KafkaListener(id = "enterprise-pipeline", topics = "certification.events", groupId = "enterprise-service-pipeline")
    void on(ConsumerRecord<String, String> record) {
        applicationEvents.accept(record.value());
    }
}
