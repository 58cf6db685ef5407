package cn.jinshan.ladder.kit.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.outbox.OutboxProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

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

    @Test
    void theOutboxFullSweepRunsEveryTenMinutesUnlessTheEnvironmentSaysOtherwise() {
        assertThat(fullSweepInterval(Map.of())).isEqualTo(Duration.ofMinutes(10));
        assertThat(fullSweepInterval(Map.of("LADDER_OUTBOX_FULL_SWEEP_INTERVAL", "30s")))
                .isEqualTo(Duration.ofSeconds(30));
    }

    private static Duration fullSweepInterval(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource("variables", variables));
        environment.getPropertySources().addLast(new MapPropertySource("defaults", ServiceDefaults.defaults()));
        return Binder.get(environment)
                .bindOrCreate("ladder.outbox", OutboxProperties.class)
                .fullSweepInterval();
    }
}
