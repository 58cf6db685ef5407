package cn.jinshan.ladder.kit.test;

import cn.jinshan.ladder.mongostandin.EmbeddedMongo;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The embedded platform for integration tests, started once per test JVM: mongo-java-server (memory backend),
 * an in-JVM KRaft Kafka broker with Ladder's topics, and a JWT issuer standing in for Keycloak.
 */
public final class LadderTestInfrastructure {

    public static final String[] TOPICS = {
        "enterprise.events",
        "certification.events",
        "notification.events",
        "enterprise.events-dlt",
        "certification.events-dlt",
        "notification.events-dlt"
    };

    private static EmbeddedMongo mongo;
    private static EmbeddedKafkaKraftBroker kafka;
    private static TestJwtIssuer jwtIssuer;

    private LadderTestInfrastructure() {}

    public static synchronized EmbeddedMongo mongo() {
        if (mongo == null) {
            mongo = EmbeddedMongo.start();
        }
        return mongo;
    }

    public static synchronized EmbeddedKafkaKraftBroker kafka() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, TOPICS);
            broker.brokerProperty("transaction.state.log.replication.factor", "1");
            broker.brokerProperty("transaction.state.log.min.isr", "1");
            broker.afterPropertiesSet();
            kafka = broker;
        }
        return kafka;
    }

    public static synchronized TestJwtIssuer jwtIssuer() {
        if (jwtIssuer == null) {
            jwtIssuer = TestJwtIssuer.start();
        }
        return jwtIssuer;
    }

    /** Points a service's context at the embedded platform; call from a {@code @DynamicPropertySource} method. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> mongo().connectionString(database));
        registry.add("spring.kafka.bootstrap-servers", () -> kafka().getBrokersAsString());
        registry.add("ladder.security.issuer-uri", () -> jwtIssuer().issuerUri());
        registry.add("ladder.security.jwk-set-uri", () -> jwtIssuer().jwkSetUri());
        registry.add("ladder.security.audience", () -> TestJwtIssuer.AUDIENCE);
    }

    /** Only Mongo and the issuer, for tests that need no broker. */
    public static void registerWithoutKafka(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> mongo().connectionString(database));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:1");
        registry.add("ladder.security.issuer-uri", () -> jwtIssuer().issuerUri());
        registry.add("ladder.security.jwk-set-uri", () -> jwtIssuer().jwkSetUri());
        registry.add("ladder.security.audience", () -> TestJwtIssuer.AUDIENCE);
    }
}
