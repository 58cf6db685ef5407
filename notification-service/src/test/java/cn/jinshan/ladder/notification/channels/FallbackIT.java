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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FallbackIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CircuitBreakerRegistry breakers;

    @AfterEach
    void restore() {
        Providers.healthy();
        breakers.circuitBreaker("webPush").transitionToClosedState();
        breakers.circuitBreaker("webhook").transitionToClosedState();
    }

    @Test
    void pushFailingForGoodFallsBackToTheRobotAndCriticalItemsToSmsUntilPushRecovers() {
        CircuitBreaker push = breakers.circuitBreaker("webPush");
        String path = "/push/" + UUID.randomUUID();
        TestUser li = subscribed(Providers.pushEndpoint(path, 500));

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
        push.transitionToHalfOpenState();
        String recovered = registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Providers.pushesTo(path).size() == whileFailing + 1);
        String afterRecovery = registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Providers.pushesTo(path).size() == whileFailing + 2);
        assertThat(push.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(Providers.robotPostsMentioning(recovered)).isEmpty();
        assertThat(Providers.robotPostsMentioning(afterRecovery)).isEmpty();
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
