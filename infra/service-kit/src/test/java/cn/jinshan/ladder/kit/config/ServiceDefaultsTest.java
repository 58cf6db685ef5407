package cn.jinshan.ladder.kit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceDefaultsTest {

    @Test
    void producersAreDurableAndConsumersCommitOnlyAfterProcessing() {
        Map<String, Object> defaults = ServiceDefaults.defaults();

        assertThat(defaults)
                .containsEntry("spring.kafka.producer.acks", "all")
                .containsEntry("spring.kafka.producer.properties.enable.idempotence", "true")
                .containsEntry("spring.kafka.consumer.enable-auto-commit", "false")
                .containsEntry("spring.kafka.listener.ack-mode", "record");
    }
}
