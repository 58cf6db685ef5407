package cn.jinshan.ladder.notification.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.LogScan;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.support.BrowserKeys;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.PlatformIT;
import cn.jinshan.ladder.notification.support.Providers;
import cn.jinshan.ladder.probes.ApiFuzzer;
import cn.jinshan.ladder.probes.FuzzReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8, security items 6 and 7 (logs): {@link ApiFuzzer} over every {@code /api/**} operation of the OpenAPI
 * document (the SSE stream skipped by the probe), 10,000 requests split over the roles that use the API, each writing
 * only to what it owns; then the kit's bad tokens; then the captured output holds no token, password or channel
 * secret (a subscription's {@code auth}/{@code p256dh}, the VAPID private key, the SMS API key, the robot's key).
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiFuzzIT extends PlatformIT {

    private static final long SEED = 20261129L;
    private static final String RULE_TYPE = "certification.FuzzTargetRecorded";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoTemplate mongo;

    @Test
    void tenThousandHostileRequestsOverTheRolesLeaveNoServerErrorSchemaBreakLeakOrSecretInTheLogs(
            CapturedOutput output) {
        Channels channels = pushedAndFellBack();
        TestUser specialist = TestUser.specialist(UUID.randomUUID().toString(), "specialist.fuzz");
        String specialistItem = itemOf(specialist, assignment(specialist));
        String firmId = ContractEvents.newCreditCode();
        TestUser firm = TestUser.enterprise(firmId);
        String firmItem = itemOf(
                firm,
                ContractEvents.from("certification.ApplicationReturned", 1, null, Map.of("enterpriseId", firmId)));

        List<FuzzReport> reports = List.of(
                fuzzer(specialist, 6_000).pathValue("id", specialistItem).run(),
                fuzzer(firm, 2_000).pathValue("id", firmItem).run(),
                fuzzer(TestUser.admin(), 2_000)
                        .pathValue("id", specialistItem)
                        .pathValue("eventType", RULE_TYPE)
                        .run());
        int badTokenCalls = badTokenCalls();

        LogScan.Result scan = LogScan.assertClean(output);
        List<String> secrets = channels.secretsIn(output.toString());
        int requests = reports.stream().mapToInt(FuzzReport::requests).sum();
        System.out.printf(
                "SECURITY fuzz service=notification-service roles=3 requests=%d 5xx=%d schemaViolations=%d leaks=%d%n",
                requests,
                reports.stream().mapToInt(FuzzReport::serverErrors).sum(),
                reports.stream().mapToInt(FuzzReport::schemaViolations).sum(),
                reports.stream().mapToInt(FuzzReport::leaks).sum());
        System.out.println("SECURITY log-scan service=notification-service calls=" + (requests + badTokenCalls)
                + " lines=" + scan.lines() + " findings=" + scan.findings().size() + " channel-secrets="
                + secrets.size());

        assertThat(requests).isGreaterThanOrEqualTo(10_000);
        assertThat(secrets).isEmpty();
        assertThat(reports.stream()
                        .flatMap(report -> report.findings().stream())
                        .map(finding -> finding.kind() + " | " + finding.operation() + " | " + finding.mutation()
                                + " | "
                                + finding.detail()
                                        .substring(
                                                0, Math.min(90, finding.detail().length())))
                        .distinct()
                        .limit(60))
                .isEmpty();
        reports.forEach(FuzzReport::assertClean);
    }

    private ApiFuzzer fuzzer(TestUser user, int requests) {
        return ApiFuzzer.forService("notification-service", api())
                .as(issuer(), user)
                .onlyPaths("/api/")
                .ownedWritesOnly()
                .seed(SEED)
                .requests(requests);
    }

    /** Every /api route of the document × the kit's 11 bad tokens (all refused, as {@code BadTokensIT} proves). */
    private int badTokenCalls() {
        List<String> paths = new ArrayList<>();
        ApiClient.json(api().get("/v3/api-docs", null))
                .get("paths")
                .propertyNames()
                .forEach(path -> {
                    if (path.startsWith("/api/") && !path.endsWith("/stream")) {
                        paths.add(path.replace("{id}", "x").replace("{eventType}", RULE_TYPE));
                    }
                });
        int calls = 0;
        for (String token : issuer().badTokens(TestUser.official()).values()) {
            for (String path : paths) {
                assertThat(api().get(path, token).statusCode()).isEqualTo(401);
                calls++;
            }
        }
        return calls;
    }

    /**
     * A specialist's browser subscribed at a push service that refuses a CRITICAL item, so the item goes to the group
     * robot and by SMS: every secret a channel holds has been used once the SMS provider has it.
     */
    private Channels pushedAndFellBack() {
        Providers.healthy();
        TestUser specialist = TestUser.specialist(UUID.randomUUID().toString());
        BrowserKeys keys = new BrowserKeys();
        String path = "/push/" + UUID.randomUUID();
        String endpoint = Providers.pushEndpoint(path, 403);
        String subscription = """
                {"endpoint":"%s","keys":{"p256dh":"%s","auth":"%s"}}""".formatted(endpoint, keys.p256dh(), keys.auth());
        assertThat(api().post("/api/push-subscriptions", tokenOf(specialist), subscription)
                        .statusCode())
                .isEqualTo(201);
        String enterpriseId = ContractEvents.newCreditCode();
        ContractEvents.Built assigned = ContractEvents.from(
                "enterprise.SpecialistAssigned", 1, enterpriseId, specialistPayload(enterpriseId, specialist));
        itemOf(specialist, assigned);
        ContractEvents.Built revoked =
                ContractEvents.from("certification.CertificateRevoked", 1, null, Map.of("enterpriseId", enterpriseId));
        String item = itemOf(specialist, revoked);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Providers.smsMentioning(item).size() == 1);
        assertThat(Providers.pushesTo(path)).isNotEmpty();
        Document vapid = mongo.getCollection("vapid_keys").find().first();
        assertThat(vapid).isNotNull();
        return new Channels(List.of(
                keys.p256dh(),
                keys.auth(),
                vapid.getString("privateKeyPkcs8"),
                Providers.SMS_KEY,
                Providers.ROBOT_PATH.substring(Providers.ROBOT_PATH.indexOf("key="))));
    }

    private ContractEvents.Built assignment(TestUser specialist) {
        String enterpriseId = ContractEvents.newCreditCode();
        return ContractEvents.from(
                "enterprise.SpecialistAssigned", 1, enterpriseId, specialistPayload(enterpriseId, specialist));
    }

    private static Map<String, Object> specialistPayload(String enterpriseId, TestUser specialist) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("enterpriseId", enterpriseId);
        payload.put("specialistId", specialist.subject());
        payload.put("specialistUsername", specialist.username());
        return payload;
    }

    /** Sends the event and waits for the item it puts in the user's inbox. */
    private String itemOf(TestUser user, ContractEvents.Built event) {
        String topic = event.json().contains("\"type\":\"enterprise.") ? "enterprise.events" : "certification.events";
        KafkaProbe.send(topic, event.key(), event.json());
        return await().atMost(Duration.ofSeconds(30)).until(() -> itemFor(user, event), id -> id != null);
    }

    private String itemFor(TestUser user, ContractEvents.Built event) {
        JsonNode items = ApiClient.json(api().get("/api/notifications?size=100", tokenOf(user)))
                .path("items");
        String type = JSON.readTree(event.json()).path("type").asString();
        return items.valueStream()
                .filter(item -> item.path("eventType").asString().equals(type))
                .map(item -> item.path("id").asString())
                .findFirst()
                .orElse(null);
    }

    /** The secrets the channels hold; none may appear in the output. */
    private record Channels(List<String> secrets) {

        List<String> secretsIn(String output) {
            return secrets.stream()
                    .filter(secret -> secret != null && output.contains(secret))
                    .map(secret -> secret.substring(0, 4) + "…")
                    .toList();
        }
    }
}
