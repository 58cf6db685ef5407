package cn.jinshan.ladder.notification.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.support.BrowserKeys;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.PlatformIT;
import cn.jinshan.ladder.notification.support.Providers;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeliveryEventsIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CircuitBreakerRegistry breakers;

    @AfterEach
    void restore() {
        breakers.circuitBreaker("webPush").transitionToClosedState();
    }

    @Test
    void aDeliveredPushIsPublishedAsNotificationDelivered() {
        TestUser li = subscribed(Providers.pushEndpoint("/push/" + UUID.randomUUID(), 201));

        String itemId = registerFirmOf(li);

        List<JsonNode> events = outcomesOf(itemId, 1);
        JsonNode delivered = events.get(0);
        assertThat(delivered.get("type").asString()).isEqualTo("notification.NotificationDelivered");
        assertThat(delivered.get("aggregateId").asString()).isEqualTo(itemId);
        assertThat(delivered.get("payload").get("channel").asString()).isEqualTo("WEB_PUSH");
        assertThat(delivered.get("payload").get("attempts").asInt()).isEqualTo(1);
        assertThat(delivered.get("payload").get("detail").asString()).isEqualTo("HTTP 201");

        JsonNode status = ApiClient.json(api().get("/api/notifications/" + itemId + "/deliveries", tokenOf(li)));
        assertThat(status.get("read").asBoolean()).isFalse();
        assertThat(status.get("deliveries")).hasSize(1);
        assertThat(status.get("deliveries").get(0).get("channel").asString()).isEqualTo("WEB_PUSH");
        assertThat(status.get("deliveries").get(0).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(api().get(
                                "/api/notifications/" + itemId + "/deliveries",
                                tokenOf(TestUser.specialist(UUID.randomUUID().toString())))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPushThatFailsForGoodIsPublishedWithItsAttemptsAndTheFallbackDeliveryToo() {
        TestUser li = subscribed(Providers.pushEndpoint("/push/" + UUID.randomUUID(), 500));

        String itemId = registerFirmOf(li);

        List<JsonNode> events = outcomesOf(itemId, 2);
        JsonNode failed = events.stream()
                .filter(e -> e.get("type").asString().equals("notification.DeliveryFailed"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.get("payload").get("channel").asString()).isEqualTo("WEB_PUSH");
        assertThat(failed.get("payload").get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("payload").get("outcome").asString()).isEqualTo("FAILED");
        assertThat(failed.get("payload").get("reason").asString()).startsWith("gave up");
        JsonNode robot = events.stream()
                .filter(e -> e.get("type").asString().equals("notification.NotificationDelivered"))
                .findFirst()
                .orElseThrow();
        assertThat(robot.get("payload").get("channel").asString()).isEqualTo("WEBHOOK");
        assertThat(robot.get("payload").get("attempts").asInt()).isEqualTo(1);

        JsonNode status = ApiClient.json(api().get("/api/notifications/" + itemId + "/deliveries", tokenOf(li)));
        assertThat(status.get("deliveries")).hasSize(1);
        JsonNode push = status.get("deliveries").get(0);
        assertThat(push.get("status").asString()).isEqualTo("FAILED");
        assertThat(push.get("attempts").asInt()).isEqualTo(3);
    }

    /** The delivery events of one item, once as many as expected arrived; each valid against its contract. */
    private static List<JsonNode> outcomesOf(String itemId, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaProbe probe = KafkaProbe.reading("notification.events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                probe.poll(Duration.ofMillis(500)).stream()
                        .filter(r -> itemId.equals(r.key()))
                        .filter(r -> !r.value().contains("NotificationCreated"))
                        .forEach(records::add);
                return records.size() >= expected;
            });
        }
        assertThat(records).hasSize(expected);
        records.forEach(r -> assertThat(ContractEvents.contracts().validate(r.value()))
                .as(r.value())
                .isEmpty());
        records.forEach(r -> assertThat(new String(
                        r.headers().lastHeader("ladder-event-type").value(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(JSON.readTree(r.value()).get("type").asString()));
        return records.stream().map(r -> JSON.readTree(r.value())).toList();
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

    private static String registerFirmOf(TestUser specialist) {
        String enterpriseId = ContractEvents.newCreditCode();
        ContractEvents.Built event = ContractEvents.from(
                "enterprise.EnterpriseRegistered",
                1,
                enterpriseId,
                Map.of("enterpriseId", enterpriseId, "creditCode", enterpriseId, "specialistId", specialist.subject()));
        KafkaProbe.send("enterprise.events", enterpriseId, event.json());
        return Notification.idFor(event.eventId(), "user:" + specialist.subject());
    }
}
