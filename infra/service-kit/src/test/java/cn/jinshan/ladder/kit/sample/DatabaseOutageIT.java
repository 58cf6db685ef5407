package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TcpProxy;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.mongostandin.EmbeddedMongo;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's own MongoDB disappears (every connection reset, nothing listening on its port) at random points
 * of a write stream, from a fixed seed, and comes back on the same port: requests that need the database fail fast
 * as 503 problems within {@code ladder.mongo.server-selection-timeout}, health is DOWN, routes without the database
 * stay 200, the service recovers without a restart, and no sample exists without its event or the reverse.
 * A TCP cut in front of the server stands in for stopping it, so the data written before the outage survives it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.outbox.collections=samples",
            "ladder.outbox.sweep-interval=500ms",
            "ladder.mongo.server-selection-timeout=2s",
            "ladder.mongo.connect-timeout=2s",
            "ladder.mongo.read-timeout=10s",
            "logging.level.cn.jinshan.ladder.kit.outbox=ERROR",
            "logging.level.org.mongodb.driver=ERROR"
        })
@DirtiesContext
class DatabaseOutageIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final long SEED = 20260808L;
    static final int ROUNDS = 3;
    static final long LIMIT_MS = 2_000;
    static final long SLACK_MS = 3_000;
    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final TcpProxy CUT = TcpProxy.forwardingTo(MONGO.port());

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + CUT.port() + "/kit-outage");
        registry.add(
                "spring.kafka.bootstrap-servers",
                () -> LadderTestInfrastructure.kafka().getBrokersAsString());
        registry.add(
                "ladder.security.issuer-uri",
                () -> LadderTestInfrastructure.jwtIssuer().issuerUri());
        registry.add(
                "ladder.security.jwk-set-uri",
                () -> LadderTestInfrastructure.jwtIssuer().jwkSetUri());
        registry.add("ladder.security.audience", () -> TestJwtIssuer.AUDIENCE);
    }

    @AfterAll
    static void stopMongo() {
        CUT.close();
        MONGO.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void requestsFailFastWhileTheDatabaseIsGoneAndNothingIsHalfWritten() {
        Random random = new Random(SEED);
        ApiClient api = ApiClient.onPort(port);
        String token = LadderTestInfrastructure.jwtIssuer().token(TestUser.official());
        Set<String> accepted = new HashSet<>();
        List<String> refusedNames = new ArrayList<>();
        AtomicLong slowest503 = new AtomicLong();
        long slowestOther = 0;
        long slowestRecovery = 0;
        int unavailable = 0;
        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            for (int round = 0; round < ROUNDS; round++) {
                int cutAfter = 1 + random.nextInt(8);
                for (int i = 0; i < cutAfter; i++) {
                    accepted.add(created(api.post("/samples", token, "{\"name\":\"r" + round + "-" + i + "\"}")));
                }
                CUT.stop();
                for (int i = 0; i < 3 + random.nextInt(3); i++) {
                    String name = "outage-" + round + "-" + i;
                    HttpResponse<String> write =
                            timed(slowest503, () -> api.post("/samples", token, "{\"name\":\"" + name + "\"}"));
                    assertUnavailable(write);
                    refusedNames.add(name);
                    unavailable++;
                }
                String someId = accepted.iterator().next();
                assertUnavailable(timed(slowest503, () -> api.get("/samples/" + someId, token)));
                unavailable++;
                long started = System.nanoTime();
                HttpResponse<String> me = api.get("/samples/me", token);
                slowestOther = Math.max(slowestOther, millisSince(started));
                HttpResponse<String> health = api.get("/actuator/health", null);
                assertThat(me.statusCode()).isEqualTo(200);
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(ApiClient.json(health).get("status").asString()).isEqualTo("DOWN");

                long restored = System.nanoTime();
                CUT.start();
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> api.get("/samples/" + someId, token).statusCode() == 200);
                slowestRecovery = Math.max(slowestRecovery, millisSince(restored));
            }
            assertThat(api.get("/actuator/health", null).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> mongo.getCollection("samples").countDocuments(Filters.exists("outbox.eventId")) == 0);

            Set<String> stored = new HashSet<>();
            mongo.getCollection("samples").find().forEach(document -> stored.add(document.getString("_id")));
            long refusedButStored = mongo.getCollection("samples").countDocuments(Filters.in("name", refusedNames));
            Set<String> published = new HashSet<>();
            long readUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!published.containsAll(stored) && System.nanoTime() < readUntil) {
                probe.poll(Duration.ofSeconds(1)).forEach(record -> {
                    JsonNode event = JSON.readTree(record.value());
                    if ("sample.SampleCreated".equals(event.get("type").asString())
                            && event.get("payload").get("name").asString().matches("(r|outage-)\\d.*")) {
                        published.add(event.get("aggregateId").asString());
                    }
                });
            }
            System.out.printf(
                    "RELIABILITY database-outage seed=%d rounds=%d limitMs=%d slowest503Ms=%d unavailableAnswers=%d"
                            + " slowestMongoFreeRouteMs=%d slowestRecoveryMs=%d accepted=%d stored=%d published=%d"
                            + " refusedButStored=%d%n",
                    SEED,
                    ROUNDS,
                    LIMIT_MS,
                    slowest503.get(),
                    unavailable,
                    slowestOther,
                    slowestRecovery,
                    accepted.size(),
                    stored.size(),
                    published.size(),
                    refusedButStored);

            assertThat(slowest503.get()).isLessThan(LIMIT_MS + SLACK_MS);
            assertThat(stored).isEqualTo(accepted);
            assertThat(published).isEqualTo(stored);
            assertThat(refusedButStored).isZero();
        }
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://ladder.jinshan.gov.cn/problems/unavailable");
        assertThat(problem.get("service").asString()).isEqualTo("database");
        assertThat(response.body()).doesNotContain("Exception", "at com.");
    }

    private static HttpResponse<String> timed(
            AtomicLong slowest, java.util.function.Supplier<HttpResponse<String>> call) {
        long started = System.nanoTime();
        HttpResponse<String> response = call.get();
        slowest.accumulateAndGet(millisSince(started), Math::max);
        return response;
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
