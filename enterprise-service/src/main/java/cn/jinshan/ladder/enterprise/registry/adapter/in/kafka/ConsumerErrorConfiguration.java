package cn.jinshan.ladder.enterprise.registry.adapter.in.kafka;

import cn.jinshan.ladder.enterprise.registry.application.UnknownEnterpriseException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** A certificate of an enterprise this service never registered cannot succeed on retry: dead-letter it at once. */
@Configuration
class ConsumerErrorConfiguration {

    @Bean
    InitializingBean unknownEnterpriseIsNotRetryable(DefaultErrorHandler handler) {
        return () -> handler.addNotRetryableExceptions(UnknownEnterpriseException.class);
    }
}
