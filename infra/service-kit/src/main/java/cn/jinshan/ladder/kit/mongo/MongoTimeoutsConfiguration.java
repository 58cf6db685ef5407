package cn.jinshan.ladder.kit.mongo;

import com.mongodb.client.MongoClient;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Bounds the MongoDB driver's waits with {@code ladder.mongo.*} so a database outage fails requests fast (503). */
@AutoConfiguration
@ConditionalOnClass(MongoClient.class)
@EnableConfigurationProperties(MongoTimeoutProperties.class)
public class MongoTimeoutsConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer ladderMongoTimeouts(MongoTimeoutProperties timeouts) {
        return new BoundedTimeouts(timeouts);
    }

    /** Runs after Boot's standard customizer, so these bounds win over the connection string's. */
    record BoundedTimeouts(MongoTimeoutProperties timeouts) implements MongoClientSettingsBuilderCustomizer, Ordered {

        @Override
        public void customize(com.mongodb.MongoClientSettings.Builder builder) {
            builder.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                            timeouts.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(socket -> socket.connectTimeout(
                                    timeouts.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(timeouts.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
