package cn.jinshan.ladder.notification.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.push.application.HeldPushRelease;
import cn.jinshan.ladder.notification.support.BrowserKeys;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.Inboxes;
import cn.jinshan.ladder.notification.support.PlatformIT;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebPushIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer PUSH_SERVICE =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    HeldPushRelease heldPushes;

    @BeforeAll
    static void startPushService() {
        PUSH_SERVICE.start();
    }

    @AfterAll
    static void stopPushService() {
        PUSH_SERVICE.stop();
    }

    @AfterEach
    void restore() {
        clock.reset();
        breakers.circuitBreaker("webPush").transitionToClosedState();
    }

    @Test
    void aSubmittedApplicationReachesTheSpecialistsPhoneEncryptedAndSignedOnce() throws Exception {
        Specialist li = subscribedSpecialist(201);
        String enterpriseId = registerFirmOf(li);

        String submitted = certificationEvent("certification.ApplicationSubmitted", enterpriseId);
        KafkaProbe.send("certification.events", "app-" + enterpriseId, submitted);
        KafkaProbe.send("certification.events", "app-" + enterpriseId, submitted);

        String itemId =
                Notification.idFor(eventId(submitted), "user:" + li.user().subject());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> new Inboxes(api()).item(li.user(), itemId).isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> pushesTo(li).size() == 2);
        List<LoggedRequest> pushes = pushesTo(li);
        LoggedRequest push = pushes.get(1);
        JsonNode payload = JSON.readTree(li.keys().decrypt(push.getBody()));
        assertThat(payload.get("notificationId").asString()).isEqualTo(itemId);
        assertThat(payload.get("title").asString()).isEqualTo("新申报待审核：上海金鑫新材料科技有限公司");
        assertThat(push.getHeader("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(push.getHeader("TTL")).isEqualTo("86400");
        assertVapid(push.getHeader("Authorization"));
        Thread.sleep(1500);
        assertThat(pushesTo(li)).hasSize(2);
    }

    @Test
    void aGoneSubscriptionIsRemoved() {
        Specialist li = subscribedSpecialist(410);
        assertThat(subscriptionsOf(li.user())).hasSize(1);

        registerFirmOf(li);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> subscriptionsOf(li.user()).isEmpty());
        assertThat(pushesTo(li)).hasSize(1);
    }

    @Test
    void failuresAreRetriedThenTheBreakerOpensAndAfterRecoveryPushesFlowAgain() {
        CircuitBreaker breaker = breakers.circuitBreaker("webPush");
        Specialist li = subscribedSpecialist(500);

        registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20)).until(() -> pushesTo(li).size() == 3);
        registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20)).until(() -> breaker.getState() == CircuitBreaker.State.OPEN);
        int whileFailing = pushesTo(li).size();
        String third = registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> new Inboxes(api())
                        .items(li.user()).stream()
                                .anyMatch(item -> item.get("link").asString().endsWith(third)));
        assertThat(pushesTo(li)).hasSize(whileFailing);

        stub(li.path(), 201);
        breaker.transitionToHalfOpenState();
        registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20)).until(() -> pushesTo(li).size() == whileFailing + 1);
        registerFirmOf(li);
        await().atMost(Duration.ofSeconds(20)).until(() -> pushesTo(li).size() == whileFailing + 2);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void quietHoursHoldANormalItemAndLetACriticalOneThrough() throws Exception {
        Specialist li = subscribedSpecialist(201);
        clock.setToShanghaiTime(LocalTime.of(23, 0));

        String enterpriseId = registerFirmOf(li);
        String registeredItem = new Inboxes(api())
                .items(li.user()).stream()
                        .filter(item -> item.get("link").asString().endsWith(enterpriseId))
                        .findFirst()
                        .map(item -> item.get("id").asString())
                        .orElse("");
        assertThat(registeredItem).isNotEmpty();
        String revoked = certificationEvent("certification.CertificateRevoked", enterpriseId);
        KafkaProbe.send("certification.events", "cert-" + enterpriseId, revoked);

        await().atMost(Duration.ofSeconds(20)).until(() -> pushesTo(li).size() == 1);
        assertThat(notificationIdOf(li, pushesTo(li).get(0)))
                .isEqualTo(
                        Notification.idFor(eventId(revoked), "user:" + li.user().subject()));

        clock.advance(Duration.ofHours(9));
        heldPushes.releaseDue();

        await().atMost(Duration.ofSeconds(10)).until(() -> pushesTo(li).size() == 2);
        assertThat(notificationIdOf(li, pushesTo(li).get(1))).isEqualTo(registeredItem);
    }

    @Test
    void aSubscriptionWithBrokenKeysIsABadRequestNamingTheFields() {
        String body = """
                {"endpoint":"ftp://push.example/x","keys":{"p256dh":"AAAA","auth":"short"}}""";

        HttpResponse<String> response = api().post(
                        "/api/push-subscriptions",
                        tokenOf(TestUser.specialist(UUID.randomUUID().toString())),
                        body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .distinct())
                .containsExactlyInAnyOrder("endpoint", "keys.p256dh", "keys.auth");
    }

    @Test
    void anEndpointOutsideTheKnownPushServicesIsABadRequestNamingTheRule() {
        BrowserKeys keys = new BrowserKeys();
        String token = tokenOf(TestUser.specialist(UUID.randomUUID().toString()));
        Map<String, String> refused = Map.of(
                "https://evil.example.com/fcm/send/x", "pushServiceHost",
                "https://169.254.169.254/latest/meta-data", "noIpLiteral",
                "https://10.0.0.8/push", "noIpLiteral",
                "https://[fd00::1]/push", "noIpLiteral",
                "https://user:secret@fcm.googleapis.com/fcm/send/x", "noUserInfo",
                "https://fcm.googleapis.com:8443/fcm/send/x", "defaultPort",
                "http://10.0.0.8:8080/push", "noIpLiteral");

        refused.forEach((endpoint, rule) -> {
            String body = """
                    {"endpoint":"%s","keys":{"p256dh":"%s","auth":"%s"}}""".formatted(endpoint, keys.p256dh(), keys.auth());
            HttpResponse<String> response = api().post("/api/push-subscriptions", token, body);
            assertThat(response.statusCode()).as(endpoint).isEqualTo(400);
            assertThat(ApiClient.json(response).get("errors").valueStream())
                    .as(endpoint)
                    .anySatisfy(error -> {
                        assertThat(error.get("field").asString()).isEqualTo("endpoint");
                        assertThat(error.get("rule").asString()).isEqualTo(rule);
                    });
        });
        assertThat(ApiClient.json(api().get("/api/push-subscriptions", token)).size())
                .isZero();
    }

    /** A specialist with a subscribed browser whose push endpoint answers with the status. */
    record Specialist(TestUser user, BrowserKeys keys, String path) {}

    private Specialist subscribedSpecialist(int status) {
        TestUser user = TestUser.specialist(UUID.randomUUID().toString());
        BrowserKeys keys = new BrowserKeys();
        String path = "/push/" + UUID.randomUUID();
        stub(path, status);
        String body = """
                {"endpoint":"%s","expirationTime":null,"keys":{"p256dh":"%s","auth":"%s"}}""".formatted(PUSH_SERVICE.baseUrl() + path, keys.p256dh(), keys.auth());
        HttpResponse<String> created = api().post("/api/push-subscriptions", tokenOf(user), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Specialist(user, keys, path);
    }

    private String registerFirmOf(Specialist specialist) {
        String enterpriseId = ContractEvents.newCreditCode();
        ContractEvents.Built event = ContractEvents.from(
                "enterprise.EnterpriseRegistered",
                1,
                enterpriseId,
                Map.of(
                        "enterpriseId", enterpriseId,
                        "creditCode", enterpriseId,
                        "specialistId", specialist.user().subject()));
        KafkaProbe.send("enterprise.events", enterpriseId, event.json());
        String id =
                Notification.idFor(event.eventId(), "user:" + specialist.user().subject());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> new Inboxes(api()).item(specialist.user(), id).isPresent());
        return enterpriseId;
    }

    private static String certificationEvent(String type, String enterpriseId) {
        return ContractEvents.from(type, 1, "app-" + enterpriseId, Map.of("enterpriseId", enterpriseId))
                .json();
    }

    private static String eventId(String event) {
        return JSON.readTree(event).get("eventId").asString();
    }

    private List<JsonNode> subscriptionsOf(TestUser user) {
        return ApiClient.json(api().get("/api/push-subscriptions", tokenOf(user)))
                .valueStream()
                .toList();
    }

    private static void stub(String path, int status) {
        PUSH_SERVICE.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
    }

    private static List<LoggedRequest> pushesTo(Specialist specialist) {
        return PUSH_SERVICE.findAll(postRequestedFor(urlEqualTo(specialist.path())));
    }

    private static String notificationIdOf(Specialist specialist, LoggedRequest push) throws Exception {
        return JSON.readTree(specialist.keys().decrypt(push.getBody()))
                .get("notificationId")
                .asString();
    }

    private void assertVapid(String authorization) throws Exception {
        String publicKey = ApiClient.json(
                        api().get("/api/push-subscriptions/vapid-public-key", tokenOf(TestUser.official())))
                .get("publicKey")
                .asString();
        assertThat(authorization).startsWith("vapid t=").contains("k=" + publicKey);
        String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(','));
        String[] parts = jwt.split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("aud").asString()).isEqualTo(PUSH_SERVICE.baseUrl());
        assertThat(claims.get("sub").asString()).startsWith("mailto:");
        byte[] point = Base64.getUrlDecoder().decode(publicKey);
        ECPublicKey reference = (ECPublicKey) java.security.KeyPairGenerator.getInstance("EC")
                .generateKeyPair()
                .getPublic();
        ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(
                        new ECPoint(
                                new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                                new BigInteger(1, Arrays.copyOfRange(point, 33, 65))),
                        reference.getParams()));
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(key);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }
}
