package cn.jinshan.ladder.kit.mongo;

import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code mongo} health check as one {@code hello} on the service's own database. Boot's indicator first lists
 * every database, which the MongoDB stand-in answers by re-opening each database and rebuilding its indexes from every
 * stored document: with a district's data one health probe held the stand-in for minutes.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnClass({MongoTemplate.class, AbstractHealthIndicator.class})
public class MongoHealthConfiguration {

    @Bean(name = "mongoHealthIndicator")
    OwnDatabaseHello mongoHealthIndicator(MongoTemplate mongo) {
        return new OwnDatabaseHello(mongo);
    }

    /** Up when the service's own database answers {@code hello}. */
    static final class OwnDatabaseHello extends AbstractHealthIndicator {

        private final MongoTemplate mongo;

        OwnDatabaseHello(MongoTemplate mongo) {
            super("MongoDB health check failed");
            this.mongo = mongo;
        }

        @Override
        protected void doHealthCheck(Health.Builder builder) {
            Document answer = mongo.executeCommand(new Document("hello", 1));
            builder.up()
                    .withDetail("database", mongo.getDb().getName())
                    .withDetail("maxWireVersion", answer.get("maxWireVersion"));
        }
    }
}
