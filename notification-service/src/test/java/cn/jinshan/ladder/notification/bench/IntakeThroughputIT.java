package cn.jinshan.ladder.notification.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.intake.application.EventIntake;
import cn.jinshan.ladder.notification.push.application.DeliveryLog;
import cn.jinshan.ladder.notification.support.BrowserKeys;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.Providers;
import cn.jinshan.ladder.notification.support.TestClock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9 scenario (e) against the stand-in the benchmark runs (mongo-java-server on an H2 file, no secondary
 * indexes) holding a district's volumes: a burst of platform events offered at a fixed rate to the intake (one
 * consumer thread, as the listener runs it), with pushes to WireMock and the periodic jobs running. Prints events per
 * second and the latency from each event's arrival to its inbox items being stored, and to the push service.
 * Kafka is left out (the listeners do not start): this context has its own database, and the shared test broker's
 * consumer group belongs to the other test context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.listener.auto-startup=false",
            "ladder.notification.push.allow-insecure-endpoints=true",
            "ladder.notification.scheduler.tick=10s",
            "ladder.mongo.read-timeout=120s",
            "resilience4j.circuitbreaker.instances.webPush.wait-duration-in-open-state=2s"
        })
@Import(TestClock.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IntakeThroughputIT {

    private static final int EVENTS = 400;
    private static final int RATE_PER_SECOND = 40;
    private static final int SPECIALISTS = 10;
    private static final H2StandIn MONGO = H2StandIn.start();

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("notification"));
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
        Providers.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventIntake intake;

    @Autowired
    TestClock clock;

    @Autowired
    DeliveryLog deliveries;

    @AfterAll
    static void stopStandIn() throws Exception {
        MONGO.close();
    }

    /** One event of the burst: when it is due to arrive, and the inbox item of a pushed specialist it makes. */
    private record Offered(String json, String pushedItemId, long dueNanos) {}

    @Test
    void theIntakeKeepsUpWithABurstOverADistrictsVolumes() throws Exception {
        long loading = System.nanoTime();
        try (MongoClient client = MongoClients.create(MONGO.uri("notification"))) {
            new BenchVolumes(client.getDatabase("notification"), clock.instant()).load();
        }
        long loadedMs = (System.nanoTime() - loading) / 1_000_000;
        System.out.printf("BENCH intake preload done in %d ms%n", loadedMs);
        List<TestUser> specialists = new ArrayList<>();
        String pathPrefix = "/push/intake-bench/" + UUID.randomUUID() + "/";
        for (int i = 0; i < SPECIALISTS; i++) {
            TestUser specialist = TestUser.specialist(UUID.randomUUID().toString());
            subscribe(specialist, Providers.pushEndpoint(pathPrefix + i, 201));
            specialists.add(specialist);
        }

        List<Offered> burst = burst(specialists);
        BlockingQueue<Offered> arrived = new ArrayBlockingQueue<>(EVENTS);
        long start = System.nanoTime();
        Instant startedAt = Instant.now();
        Thread producer = new Thread(() -> offer(burst, arrived), "bench-producer");
        producer.start();
        List<Long> toInbox = new ArrayList<>();
        long last = start;
        for (int i = 0; i < EVENTS; i++) {
            Offered event = arrived.take();
            intake.accept(event.json());
            last = System.nanoTime();
            toInbox.add((last - event.dueNanos()) / 1_000_000);
        }
        producer.join();
        double seconds = (last - start) / 1e9;

        Map<String, Instant> pushedItems = new HashMap<>();
        burst.stream()
                .filter(event -> event.pushedItemId() != null)
                .forEach(event -> pushedItems.put(event.pushedItemId(), startedAt.plusNanos(event.dueNanos())));
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> pushedItems.keySet().stream().allMatch(this::pushFinished));
        long failedPushes = pushedItems.keySet().stream()
                .filter(id -> deliveries.of(id).stream()
                        .anyMatch(entry -> entry.last() && !"DELIVERED".equals(entry.outcome())))
                .count();
        List<Long> toPush = new ArrayList<>();
        for (LoggedRequest push : pushes(pathPrefix)) {
            Instant due = pushedItems.get(withDashes(push.getHeader("Topic")));
            if (due != null) {
                toPush.add(
                        Duration.between(due, push.getLoggedDate().toInstant()).toMillis());
            }
        }

        System.out.printf(
                "BENCH intake backend=h2 preload=firms:%d,processed:%d,inbox:%d,reminders:%d,attempts:%d"
                        + " loaded-in=%dms events=%d offered=%d/s throughput=%.1f/s"
                        + " event-to-inbox p50=%d p95=%d max=%d event-to-push n=%d p50=%d p95=%d max=%d"
                        + " push-failed=%d%n",
                BenchVolumes.FIRMS,
                BenchVolumes.PROCESSED_EVENTS,
                BenchVolumes.INBOX_ITEMS,
                BenchVolumes.REMINDERS,
                BenchVolumes.DELIVERY_ATTEMPTS,
                loadedMs,
                EVENTS,
                RATE_PER_SECOND,
                EVENTS / seconds,
                percentile(toInbox, 50),
                percentile(toInbox, 95),
                percentile(toInbox, 100),
                toPush.size(),
                percentile(toPush, 50),
                percentile(toPush, 95),
                percentile(toPush, 100),
                failedPushes);

        try (MongoClient client = MongoClients.create(MONGO.uri("notification"))) {
            var notifications = client.getDatabase("notification").getCollection("notifications");
            for (String id : pushedItems.keySet()) {
                assertThat(notifications.find(Filters.eq("_id", id)).first())
                        .as("inbox item %s", id)
                        .isNotNull();
            }
        }
        assertThat(toInbox).hasSize(EVENTS);
        assertThat(toPush).isNotEmpty();
        assertThat(EVENTS / seconds).isGreaterThan(0.5);
        assertThat(percentile(toInbox, 95)).isLessThan(600_000L);
    }

    /** Half specialist assignments (pushed), the rest submissions, returns and certificates (with reminders). */
    private List<Offered> burst(List<TestUser> specialists) {
        List<Offered> burst = new ArrayList<>();
        long period = 1_000_000_000L / RATE_PER_SECOND;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < EVENTS; i++) {
            String firm = BenchVolumes.firm(random.nextInt(BenchVolumes.FIRMS));
            Map<String, Object> payload = new HashMap<>();
            payload.put("enterpriseId", firm);
            String pushed = null;
            ContractEvents.Built event;
            switch (i % 6) {
                case 0, 2, 4 -> {
                    TestUser specialist = specialists.get(i % SPECIALISTS);
                    payload.put("specialistId", specialist.subject());
                    payload.put("specialistUsername", specialist.username());
                    event = ContractEvents.from("enterprise.SpecialistAssigned", 1, firm, payload);
                    pushed = Notification.idFor(event.eventId(), "user:" + specialist.subject());
                }
                case 1 -> {
                    String application = UUID.randomUUID().toString();
                    payload.put("applicationId", application);
                    event = ContractEvents.from("certification.ApplicationSubmitted", 1, application, payload);
                }
                case 3 -> {
                    String application = BenchVolumes.application(random.nextInt(BenchVolumes.REMINDERS));
                    payload.put("applicationId", application);
                    event = ContractEvents.from("certification.ApplicationReturned", 1, application, payload);
                }
                default -> {
                    String certificate = UUID.randomUUID().toString();
                    payload.put("certificateId", certificate);
                    payload.put(
                            "validUntil",
                            clock.instant()
                                    .plus(Duration.ofDays(400))
                                    .toString()
                                    .substring(0, 10));
                    event = ContractEvents.from("certification.CertificateIssued", 1, certificate, payload);
                }
            }
            burst.add(new Offered(event.json(), pushed, i * period));
        }
        return burst;
    }

    /** Puts each event on the queue at its due time (an open model: arrivals do not wait for the intake). */
    private static void offer(List<Offered> burst, BlockingQueue<Offered> arrived) {
        long start = System.nanoTime();
        for (Offered event : burst) {
            long wait = start + event.dueNanos() - System.nanoTime();
            try {
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                arrived.put(new Offered(event.json(), event.pushedItemId(), start + event.dueNanos()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void subscribe(TestUser user, String endpoint) {
        BrowserKeys keys = new BrowserKeys();
        String body = """
                {"endpoint":"%s","keys":{"p256dh":"%s","auth":"%s"}}""".formatted(endpoint, keys.p256dh(), keys.auth());
        HttpResponse<String> created = ApiClient.onPort(port)
                .post(
                        "/api/push-subscriptions",
                        LadderTestInfrastructure.jwtIssuer().token(user),
                        body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** The item's push has a final outcome (delivered, or failed for good on a loaded machine). */
    private boolean pushFinished(String itemId) {
        return deliveries.of(itemId).stream().anyMatch(entry -> "WEB_PUSH".equals(entry.channel()) && entry.last());
    }

    private static List<LoggedRequest> pushes(String pathPrefix) {
        List<LoggedRequest> all = new ArrayList<>();
        for (int i = 0; i < SPECIALISTS; i++) {
            all.addAll(Providers.pushesTo(pathPrefix + i));
        }
        return all;
    }

    private static long percentile(List<Long> millis, int percent) {
        if (millis.isEmpty()) {
            return -1;
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String withDashes(String topic) {
        return UUID.fromString(topic.replaceFirst(
                        "(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)",
                        "$1-$2-$3-$4-$5"))
                .toString();
    }
}
