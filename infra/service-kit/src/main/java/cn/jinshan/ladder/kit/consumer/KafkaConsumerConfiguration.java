package cn.jinshan.ladder.kit.consumer;

import cn.jinshan.ladder.kit.events.MalformedEventException;
import java.time.Clock;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.util.backoff.ExponentialBackOff;

/** Consumers retry with bounded back-off, then send the record with its headers to {@code <topic>-dlt}. */
@AutoConfiguration
@EnableConfigurationProperties(KafkaConsumerConfiguration.RetryProperties.class)
public class KafkaConsumerConfiguration {

    /** Bounded back-off before a record goes to the dead-letter topic. */
    @ConfigurationProperties("ladder.consumer.retry")
    public record RetryProperties(long initialIntervalMs, double multiplier, long maxIntervalMs, int maxAttempts) {
        public RetryProperties {
            initialIntervalMs = initialIntervalMs <= 0 ? 200 : initialIntervalMs;
            multiplier = multiplier < 1 ? 2.0 : multiplier;
            maxIntervalMs = maxIntervalMs <= 0 ? 2000 : maxIntervalMs;
            maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
        }
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetterErrorHandler(KafkaTemplate<String, String> template, RetryProperties retry) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                template, (record, exception) -> new TopicPartition(record.topic() + "-dlt", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialIntervalMs(), retry.multiplier());
        backOff.setMaxInterval(retry.maxIntervalMs());
        backOff.setMaxAttempts(retry.maxAttempts() - 1);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, ConversionException.class);
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }
}
