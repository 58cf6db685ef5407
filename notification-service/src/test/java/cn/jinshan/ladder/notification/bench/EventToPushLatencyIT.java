package cn.jinshan.ladder.notification.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.support.BrowserKeys;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.Inboxes;
import cn.jinshan.ladder.notification.support.PlatformIT;
import cn.jinshan.ladder.notification.support.Providers;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9 scenario (e), in the test context: for events published to Kafka at a steady 20 per second, the time
 * from each publish to the push service (WireMock) receiving its push, and to its inbox item being listable. The
 * figures are for this shared, loaded machine; the benchmark of record runs in {@code bench/}.
 */
class EventToPushLatencyIT extends PlatformIT {

    private static final int EVENTS = 200;
    private static final Duration INTERVAL = Duration.ofMillis(50);

    @Autowired
    CircuitBreakerRegistry breakers;

    /** Measures a healthy push service: other classes' failing endpoints must not leave the breaker open. */
    @BeforeEach
    void freshBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void eventsReachThePushServiceAndTheInboxWithinAGenerousBound() throws Exception {
        TestUser specialist = TestUser.specialist(UUID.randomUUID().toString());
        String path = "/push/bench/" + UUID.randomUUID();
        subscribe(specialist, Providers.pushEndpoint(path, 201));
        Map<String, Instant> published = new HashMap<>();
        Map<String, Instant> listed = new ConcurrentHashMap<>();
        Thread watcher = new Thread(() -> watchInbox(specialist, listed));
        watcher.setDaemon(true);
        watcher.start();

        for (int i = 0; i < EVENTS; i++) {
            String enterpriseId = ContractEvents.newCreditCode();
            Map<String, Object> payload = new HashMap<>();
            payload.put("enterpriseId", enterpriseId);
            payload.put("specialistId", specialist.subject());
            payload.put("specialistUsername", specialist.username());
            ContractEvents.Built assigned =
                    ContractEvents.from("enterprise.SpecialistAssigned", 1, enterpriseId, payload);
            String itemId = Notification.idFor(assigned.eventId(), "user:" + specialist.subject());
            published.put(itemId, Instant.now());
            KafkaProbe.send("enterprise.events", enterpriseId, assigned.json());
            Thread.sleep(INTERVAL.toMillis());
        }
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Providers.pushesTo(path).size() >= EVENTS && listed.size() >= EVENTS);
        watcher.interrupt();

        Map<String, Instant> received = new HashMap<>();
        for (LoggedRequest push : Providers.pushesTo(path)) {
            received.merge(
                    withDashes(push.getHeader("Topic")),
                    push.getLoggedDate().toInstant(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Long> toPush = received.entrySet().stream()
                .map(entry -> Duration.between(published.get(entry.getKey()), entry.getValue())
                        .toMillis())
                .toList();
        List<Long> toInbox = published.entrySet().stream()
                .map(entry -> Duration.between(entry.getValue(), listed.get(entry.getKey()))
                        .toMillis())
                .toList();
        print("event-to-push", toPush);
        print("event-to-inbox", toInbox);

        assertThat(toPush).hasSize(EVENTS);
        assertThat(toInbox).hasSize(EVENTS);
        assertThat(percentile(toPush, 95)).isLessThan(10_000L);
        assertThat(percentile(toInbox, 95)).isLessThan(10_000L);
    }

    /** Lists the inbox every 100 ms and records when each item is first listed. */
    private void watchInbox(TestUser user, Map<String, Instant> listed) {
        Inboxes inboxes = new Inboxes(api());
        while (!Thread.currentThread().isInterrupted() && listed.size() < EVENTS) {
            for (int page = 0; page < 3; page++) {
                Instant now = Instant.now();
                inboxes.page(user, "?size=100&page=" + page)
                        .get("items")
                        .forEach(item -> listed.putIfAbsent(item.get("id").asString(), now));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void subscribe(TestUser user, String endpoint) {
        BrowserKeys keys = new BrowserKeys();
        String body = """
                {"endpoint":"%s","keys":{"p256dh":"%s","auth":"%s"}}""".formatted(endpoint, keys.p256dh(), keys.auth());
        HttpResponse<String> created = api().post("/api/push-subscriptions", tokenOf(user), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static void print(String name, List<Long> millis) {
        System.out.printf(
                "BENCH %s n=%d p50=%d p95=%d max=%d%n",
                name,
                millis.size(),
                percentile(millis, 50),
                percentile(millis, 95),
                millis.stream().mapToLong(Long::longValue).max().orElse(-1));
    }

    private static long percentile(List<Long> millis, int percent) {
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
