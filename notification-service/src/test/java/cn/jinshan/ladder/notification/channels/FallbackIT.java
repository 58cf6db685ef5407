package cn.jinshan.ladder.notification.channels;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FallbackIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code wait-duration-in-open-state} of the webPush breaker in the shared test context. */
    private static final Duration WAIT_IN_OPEN = Duration.ofSeconds(2);

    @Autowired
    CircuitBreakerRegistry breakers;

    /** Starts each test with empty breaker windows: other classes' pushes and fallbacks share these breakers. */
    @BeforeEach
    void freshBreakers() {
        breakers.circuitBreaker("webPush").reset();
        breakers.circuitBreaker("webhook").reset();
        breakers.circuitBreaker("sms").reset();
    }

    @AfterEach
    void restore() {
        Providers.healthy();
        breakers.circuitBreaker("webPush").transitionToClosedState();
        breakers.circuitBreaker("webhook").transitionToClosedState();
    }

    @Test
    void pushFailingForGoodFallsBackToTheRobotAndCriticalItemsToSmsUntilPushRecovers() throws InterruptedException {
        CircuitBreaker push = breakers.circuitBreaker("webPush");
        Map<CircuitBreaker.State, Instant> entered = new ConcurrentHashMap<>();
        push.getEventPublisher()
                .onStateTransition(event -> entered.put(
                        event.getStateTransition().getToState(),
                        event.getCreationTime().toInstant()));
        String path = "/push/" + UUID.randomUUID();
        TestUser li = subscribed(Providers.pushEndpoint(path, 500));

        Instant failing = Instant.now();
        String first = registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Providers.robotPostsMentioning(first).size() == 1);
        assertThat(Providers.pushesTo(path)).hasSize(3);
        JsonNode robot =
                JSON.readTree(Providers.robotPostsMentioning(first).get(0).getBodyAsString());
        assertThat(robot.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(robot.get("markdown").get("content").asString()).contains("/enterprises/" + first);
        assertThat(Providers.smsMentioning(first)).isEmpty();
        assertThat(new Inboxes(api())
                        .items(li).stream()
                                .filter(item -> item.get("link").asString().endsWith(first)))
                .hasSize(1);

        ContractEvents.Built revoked =
                ContractEvents.from("certification.CertificateRevoked", 1, null, Map.of("enterpriseId", first));
        KafkaProbe.send("certification.events", "cert-" + first, revoked.json());
        String critical = Notification.idFor(revoked.eventId(), "user:" + li.subject());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Providers.smsMentioning(critical).size() == 1);
        LoggedRequest sms = Providers.smsMentioning(critical).get(0);
        assertThat(sms.getHeader("Authorization")).isEqualTo("Bearer " + Providers.SMS_KEY);
        JsonNode text = JSON.readTree(sms.getBodyAsString());
        assertThat(text.get("phoneNumbers").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(Providers.DUTY_PHONES);
        assertThat(text.get("text").asString()).startsWith("【金山梯队】");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Providers.robotPostsMentioning(first).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> push.getState() == CircuitBreaker.State.OPEN);

        int whileFailing = Providers.pushesTo(path).size();
        String whileOpen = registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Providers.robotPostsMentioning(whileOpen).size() == 1);
        assertThat(Providers.pushesTo(path)).hasSize(whileFailing);

        Providers.pushEndpoint(path, 201);
        Instant healthy = Instant.now();
        Duration openFor = Duration.between(entered.get(CircuitBreaker.State.OPEN), healthy);
        if (openFor.compareTo(WAIT_IN_OPEN) < 0) {
            Thread.sleep(WAIT_IN_OPEN.minus(openFor).plusMillis(200).toMillis());
        }
        String recovered = registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Providers.pushesTo(path).size() == whileFailing + 1);
        String afterRecovery = registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Providers.pushesTo(path).size() == whileFailing + 2);
        assertThat(push.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(Providers.robotPostsMentioning(recovered)).isEmpty();
        assertThat(Providers.robotPostsMentioning(afterRecovery)).isEmpty();

        long toFallback = millisBetween(failing, firstRobotPost(first));
        long toOpen = millisBetween(failing, entered.get(CircuitBreaker.State.OPEN));
        long toClosed = millisBetween(healthy, entered.get(CircuitBreaker.State.CLOSED));
        List<String> firms = List.of(first, whileOpen, recovered, afterRecovery);
        List<String> links = new Inboxes(api())
                .items(li).stream().map(item -> item.get("link").asString()).toList();
        long inInbox = firms.stream()
                .filter(firm -> links.contains("/enterprises/" + firm))
                .count();
        int lost = (int) (firms.size() - inInbox)
                + (Providers.robotPostsMentioning(first).isEmpty() ? 1 : 0)
                + (Providers.robotPostsMentioning(whileOpen).isEmpty() ? 1 : 0)
                + (Providers.smsMentioning(critical).isEmpty() ? 1 : 0)
                + (Providers.pushesTo(path).size() == whileFailing + 2 ? 0 : 2);
        System.out.printf(
                "RELIABILITY provider-outage failing-to-fallback=%dms failing-to-breaker-open=%dms"
                        + " recovery-to-breaker-closed=%dms items=%d lost=%d%n",
                toFallback, toOpen, toClosed, firms.size() + 1, lost);
        assertThat(lost).isZero();
        assertThat(toFallback).isBetween(0L, 20_000L);
        assertThat(toOpen).isBetween(0L, 30_000L);
        assertThat(toClosed).isBetween(0L, 20_000L);
    }

    private static Instant firstRobotPost(String text) {
        return Providers.robotPostsMentioning(text).get(0).getLoggedDate().toInstant();
    }

    private static long millisBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }

    @Test
    void aFailingRobotIsRetriedThenGivenUpWhileTheItemStaysInTheInbox() {
        Providers.robotAnswers(200, "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
        String path = "/push/" + UUID.randomUUID();
        TestUser li = subscribed(Providers.pushEndpoint(path, 400));

        String firm = registerFirmOf(li);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> Providers.robotPostsMentioning(firm).size() == 3);
        assertThat(Providers.pushesTo(path)).hasSize(1);
        assertThat(new Inboxes(api())
                        .items(li).stream()
                                .filter(item -> item.get("link").asString().endsWith(firm)))
                .hasSize(1);
    }

    private TestUser subscribed(String endpoint) {
        TestUser user = TestUser.specialist(UUID.randomUUID().toString());
        BrowserKeys keys = new BrowserKeys();
        String body = """
                {"endpoint":"%s","keys":{"p256dh":"%s","auth":"%s"}}""".formatted(endpoint, keys.p256dh(), keys.auth());
        HttpResponse<String> created = api().post("/api/push-subscriptions", tokenOf(user), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return user;
    }

    private String registerFirmOf(TestUser specialist) {
        String enterpriseId = ContractEvents.newCreditCode();
        ContractEvents.Built event = ContractEvents.from(
                "enterprise.EnterpriseRegistered",
                1,
                enterpriseId,
                Map.of("enterpriseId", enterpriseId, "creditCode", enterpriseId, "specialistId", specialist.subject()));
        KafkaProbe.send("enterprise.events", enterpriseId, event.json());
        String id = Notification.idFor(event.eventId(), "user:" + specialist.subject());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> new Inboxes(api()).item(specialist, id).isPresent());
        return enterpriseId;
    }
}
