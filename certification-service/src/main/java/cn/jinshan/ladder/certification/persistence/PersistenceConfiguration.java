package cn.jinshan.ladder.certification.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Shared Mongo writing support for the aggregates with an outbox. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    AggregateDocuments aggregateDocuments(MongoTemplate mongo) {
        return new AggregateDocuments(mongo);
    }
}
