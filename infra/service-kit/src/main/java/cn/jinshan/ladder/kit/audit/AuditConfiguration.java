package cn.jinshan.ladder.kit.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Gives every service with a Mongo database an {@link AuditLog} (and its {@link AuditQuery}). */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "cn.jinshan.ladder.kit.config.ServiceKitConfiguration"
        })
@ConditionalOnBean(MongoTemplate.class)
public class AuditConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AuditLog auditLog(MongoTemplate mongo, ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        return new AuditLog(mongo, clock.getIfAvailable(Clock::systemUTC), meters.getIfAvailable());
    }
}
