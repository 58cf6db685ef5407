package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TcpProxy;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker is absent while the API takes writes under load, then starts behind the address the service was given
 * (a forwarder on that fixed port: {@code EmbeddedKafkaKraftBroker.kafkaPorts} is not applied by the KRaft test kit
 * in spring-kafka-test 4.0.6, so the broker itself binds a random port): the
 * outbox holds every event meanwhile, the backlog drains, and each write has exactly one event id on the topic and
 * exactly one downstream effect. Figures are printed as {@code RELIABILITY ...} lines for docs/reliability.md.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.outbox.collections=samples",
            "ladder.outbox.sweep-interval=500ms",
            "sample.effects.auto-startup=true",
            "logging.level.org.apache.kafka=ERROR",
            "logging.level.org.springframework.kafka.support.LoggingProducerListener=OFF",
            "logging.level.cn.jinshan.ladder.kit.outbox=ERROR"
        })
@DirtiesContext
class BrokerOutageIT {

    static final long SEED = 20260808L;
    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final Duration DRAIN_GOAL = Duration.ofSeconds(60);
    static final int PORT = TcpProxy.freePort();
    static EmbeddedKafkaKraftBroker broker;
    static TcpProxy bootstrap;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.mongodb.uri", () -> LadderTestInfrastructure.mongo().connectionString("kit-broker-outage"));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + PORT);
        registry.add(
                "ladder.security.issuer-uri",
                () -> LadderTestInfrastructure.jwtIssuer().issuerUri());
        registry.add(
                "ladder.security.jwk-set-uri",
                () -> LadderTestInfrastructure.jwtIssuer().jwkSetUri());
        registry.add("ladder.security.audience", () -> TestJwtIssuer.AUDIENCE);
    }

    @AfterAll
    static void stopBroker() {
        if (bootstrap != null) {
            bootstrap.close();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SampleEffects effects;

    @Test
    void writesAreAcceptedWhileTheBrokerIsDownAndEveryEventArrivesOnceWithOneEffect() {
        Random random = new Random(SEED);
        ApiClient api = ApiClient.onPort(port);
        String token = LadderTestInfrastructure.jwtIssuer().token(TestUser.official());
        List<String> written = new ArrayList<>();
        long slowestWriteMs = 0;
        int refused = 0;
        long outageEnds = System.nanoTime() + OUTAGE.toNanos();
        while (System.nanoTime() < outageEnds) {
            long started = System.nanoTime();
            HttpResponse<String> response = api.post("/samples", token, "{\"name\":\"w" + written.size() + "\"}");
            slowestWriteMs = Math.max(slowestWriteMs, (System.nanoTime() - started) / 1_000_000);
            if (response.statusCode() == 201) {
                String location = response.headers().firstValue("Location").orElseThrow();
                written.add(location.substring(location.lastIndexOf('/') + 1));
            } else {
                refused++;
            }
            pause(10 + random.nextInt(90));
        }
        long pendingAtRestart = pending();

        long brokerStarted = System.nanoTime();
        broker = new EmbeddedKafkaKraftBroker(1, 3, LadderTestInfrastructure.TOPICS);
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.afterPropertiesSet();
        String brokers = broker.getBrokersAsString();
        bootstrap = TcpProxy.on(PORT, Integer.parseInt(brokers.substring(brokers.lastIndexOf(':') + 1)));
        long brokerUpMs = (System.nanoTime() - brokerStarted) / 1_000_000;
        await().atMost(DRAIN_GOAL.plusSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> pending() == 0);
        long drainedMs = (System.nanoTime() - brokerStarted) / 1_000_000;
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> appliedEffects(written) == written.size());
        long effectsMs = (System.nanoTime() - brokerStarted) / 1_000_000;

        List<ConsumerRecord<String, String>> onTheWire = readTopic(written.size());
        Set<String> writtenIds = new HashSet<>(written);
        List<String> eventIds = onTheWire.stream()
                .filter(record -> writtenIds.contains(record.key()))
                .map(record -> new String(
                        record.headers().lastHeader("ladder-event-id").value()))
                .toList();
        long distinctEvents = eventIds.stream().distinct().count();
        long duplicateEffects = mongo.getCollection(SampleEffects.COLLECTION)
                .countDocuments(Filters.and(Filters.in("_id", written), Filters.gt("times", 1)));
        System.out.printf(
                "RELIABILITY broker-outage seed=%d outage=%ds writes=%d refused=%d slowestWriteMs=%d pendingAtRestart=%d"
                        + " brokerStartMs=%d drainMs=%d allEffectsMs=%d recordsOnWire=%d distinctEventIds=%d"
                        + " deliveries=%d skippedAsDuplicates=%d duplicateEffects=%d%n",
                SEED,
                OUTAGE.toSeconds(),
                written.size(),
                refused,
                slowestWriteMs,
                pendingAtRestart,
                brokerUpMs,
                drainedMs,
                effectsMs,
                eventIds.size(),
                distinctEvents,
                effects.deliveries(),
                effects.skipped(),
                duplicateEffects);

        assertThat(refused).isZero();
        assertThat(written).hasSizeGreaterThan(50);
        assertThat(pendingAtRestart).isEqualTo(written.size());
        assertThat(drainedMs).isLessThan(DRAIN_GOAL.toMillis());
        assertThat(distinctEvents).as("events lost").isEqualTo(written.size());
        assertThat(duplicateEffects).isZero();
    }

    private long pending() {
        return mongo.getCollection("samples").countDocuments(Filters.exists("outbox.eventId"));
    }

    private long appliedEffects(List<String> ids) {
        return mongo.getCollection(SampleEffects.COLLECTION).countDocuments(Filters.in("_id", ids));
    }

    private static List<ConsumerRecord<String, String>> readTopic(int atLeast) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "broker-outage-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of("enterprise.events"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int quietPolls = 0;
            while (System.nanoTime() < deadline && (records.size() < atLeast || quietPolls < 5)) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                quietPolls = records.size() == before ? quietPolls + 1 : 0;
            }
        }
        return records;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
