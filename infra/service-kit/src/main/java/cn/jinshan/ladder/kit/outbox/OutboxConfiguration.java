package cn.jinshan.ladder.kit.outbox;

import cn.jinshan.ladder.kit.events.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the outbox and its relay for the collections named in {@code ladder.outbox.collections}. */
@AutoConfiguration(afterName = "cn.jinshan.ladder.kit.config.ServiceKitConfiguration")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            MeterRegistry meters,
            ObjectProvider<Clock> clock,
            OutboxConnectionWatch watch) {
        return new OutboxRelay(
                mongo,
                kafka,
                properties,
                meters,
                new OutboxPointers(mongo, clock.getIfUnique(Clock::systemUTC)),
                watch);
    }

    @Bean
    OutboxConnectionWatch outboxConnectionWatch() {
        return new OutboxConnectionWatch();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer outboxConnectionWatchListener(OutboxConnectionWatch watch) {
        return builder -> builder.applyToConnectionPoolSettings(pool -> pool.addConnectionPoolListener(watch));
    }

    @Bean
    Outbox outbox(EventCodec codec, OutboxRelay relay) {
        return new Outbox(codec, relay);
    }
}
