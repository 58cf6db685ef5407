package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.outbox.collections=samples",
            "ladder.outbox.sweep-interval=500ms",
            "spring.servlet.multipart.max-file-size=1MB",
            "spring.servlet.multipart.max-request-size=1MB"
        })
class ServiceKitIT {

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "kit");
    }

    @LocalServerPort
    int port;

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static TestJwtIssuer issuer() {
        return LadderTestInfrastructure.jwtIssuer();
    }

    @Test
    void aCallWithoutTokenIsAnUnauthorizedProblem() {
        HttpResponse<String> response = api().get("/samples/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(response).get("type").asString())
                .isEqualTo("https://ladder.jinshan.gov.cn/problems/unauthorized");
    }

    @Test
    void tokensWithWrongAudienceIssuerOrExpiryAreRefused() {
        TestUser official = TestUser.official();

        assertThat(api().get("/samples/me", issuer().tokenForAudience(official, "other-api"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(api().get("/samples/me", issuer().tokenFromIssuer(official, "http://evil/realms/ladder"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(api().get("/samples/me", issuer().expiredToken(official)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aValidTokenNamesTheCallerAndItsRealmRoles() {
        HttpResponse<String> response = api().get("/samples/me", issuer().token(TestUser.official()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.json(response);
        assertThat(body.get("username").asString()).isEqualTo("official");
        assertThat(body.get("roles").get(0).asString()).isEqualTo("OFFICIAL");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void aRoleRuleAnswersForbiddenAsAProblem() {
        HttpResponse<String> response =
                api().get("/samples/official-only", issuer().token(TestUser.enterprise("91310116MA1J8K3L22")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(response).get("type").asString())
                .isEqualTo("https://ladder.jinshan.gov.cn/problems/forbidden");
        assertThat(api().get("/samples/official-only", issuer().token(TestUser.official()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void invalidInputNamesTheFieldAndTheRule() {
        HttpResponse<String> response = api().post("/samples", issuer().token(TestUser.official()), "{\"name\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://ladder.jinshan.gov.cn/problems/validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("notBlank");
    }

    @Test
    void anUnreadableBodyAndAnUnknownObjectAreClearProblems() {
        String token = issuer().token(TestUser.official());

        HttpResponse<String> unreadable = api().post("/samples", token, "{\"name\": \"a\",");
        HttpResponse<String> missing = api().get("/samples/nope", token);

        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unreadable).get("type").asString())
                .isEqualTo("https://ladder.jinshan.gov.cn/problems/bad-request");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(missing).get("detail").asString()).isEqualTo("sample nope was not found");
    }

    @Test
    void theOutboxPublishesTheEventOnceAndEmptiesItself() {
        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            HttpResponse<String> created =
                    api().post("/samples", issuer().token(TestUser.official()), "{\"name\":\"金山\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            String id = location.substring(location.lastIndexOf('/') + 1);

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(
                                    ApiClient.json(api().get(location, issuer().token(TestUser.official())))
                                            .get("pending")
                                            .size())
                            .isZero());
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                probe.poll(Duration.ofSeconds(3)).stream()
                        .filter(record -> id.equals(record.key()))
                        .forEach(records::add);
            }
            records.addAll(probe.poll(Duration.ofSeconds(2)).stream()
                    .filter(record -> id.equals(record.key()))
                    .toList());
            assertThat(records).hasSize(1);
            assertThat(records.get(0).value()).contains("\"type\":\"sample.SampleCreated\"", "金山");
            assertThat(new String(records.get(0)
                            .headers()
                            .lastHeader("ladder-event-type")
                            .value()))
                    .isEqualTo("sample.SampleCreated");
        }
    }

    @Test
    void aMalformedOrOversizedUploadIsAClientProblemNotAServerError() {
        String token = issuer().token(TestUser.official());
        HttpResponse<String> malformed = api().send(api().request("/samples/uploads", token)
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--xyz\r\nbroken"))
                .build());
        String big = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + "x".repeat(1_200_000) + "\r\n--b--\r\n";
        HttpResponse<String> oversized = api().send(api().request("/samples/uploads", token)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(big))
                .build());

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(malformed).get("title").asString()).isEqualTo("Unreadable upload");
        assertThat(oversized.statusCode()).isEqualTo(413);
    }

    @Test
    void healthIsPublicAndUp() {
        HttpResponse<String> health = api().get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(health).get("status").asString()).isEqualTo("UP");
    }
}
