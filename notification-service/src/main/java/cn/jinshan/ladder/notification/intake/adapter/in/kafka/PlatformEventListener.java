package cn.jinshan.ladder.notification.intake.adapter.in.kafka;

import cn.jinshan.ladder.notification.intake.application.EventIntake;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes the platform's event topics; failures go through the kit's back-off and dead-letter handler. */
@Component
class PlatformEventListener {

    private final EventIntake intake;

    PlatformEventListener(EventIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(
            id = "notification-intake",
            idIsGroup = false,
            topics = {"enterprise.events", "certification.events"})
    void on(ConsumerRecord<String, String> record) {
        intake.accept(record.value());
    }
}
