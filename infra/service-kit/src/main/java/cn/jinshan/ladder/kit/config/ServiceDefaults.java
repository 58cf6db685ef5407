package cn.jinshan.ladder.kit.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every Ladder service shares (durable Kafka clients, structured logs, actuator exposure), added with the
 * lowest precedence so a service's {@code application.yml} or the environment can still override each one.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "ladderServiceDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults()));
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.producer.properties.max.block.ms", "5000");
        defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "30000");
        defaults.put("spring.kafka.producer.properties.request.timeout.ms", "10000");
        defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put(
                "spring.kafka.producer.value-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put(
                "spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put(
                "spring.kafka.consumer.value-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put("spring.kafka.listener.ack-mode", "record");
        defaults.put("spring.kafka.listener.missing-topics-fatal", "false");
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        defaults.put("server.shutdown", "graceful");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "when-authorized");
        defaults.put("management.health.kafka.enabled", "false");
        defaults.put("logging.structured.format.console", "ecs");
        defaults.put("logging.level.de.bwaldvogel.mongo", "WARN");
        defaults.put("ladder.outbox.full-sweep-interval", "${LADDER_OUTBOX_FULL_SWEEP_INTERVAL:10m}");
        return defaults;
    }
}
