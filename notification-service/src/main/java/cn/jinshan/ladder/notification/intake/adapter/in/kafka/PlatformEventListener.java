package cn.jinshan.ladder.notification.intake.adapter.in.kafka;

import cn.jinshan.ladder.notification.intake.application.EventIntake;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the platform's event topics; failures go through the kit's back-off and dead-letter handler. Two consumer
 * threads by default ({@code ladder.notification.intake.concurrency}): partitions are split between them, so each
 * key's events stay in order while one thread's database round trips overlap the other's.
 */
@Component
class PlatformEventListener {

    private final EventIntake intake;

    PlatformEventListener(EventIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(
            id = "notification-intake",
            idIsGroup = false,
            concurrency = "${ladder.notification.intake.concurrency:2}",
            topics = {"enterprise.events", "certification.events"})
    void on(ConsumerRecord<String, String> record) {
        intake.accept(record.value());
    }
}
