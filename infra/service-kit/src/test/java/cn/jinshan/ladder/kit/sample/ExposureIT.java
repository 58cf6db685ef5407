package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.kit.web.SecurityHeadersFilter;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ladder.outbox.collections=samples", "ladder.outbox.sweep-interval=500ms"})
class ExposureIT {

    private static final String FIRM = "91310116MA1J8K3L22";

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
    void aValidTokenWithoutAPersonsRoleReachesNoApiRoute() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("ladder-services client", issuer().serviceToken());
        callers.put("user without a Ladder role", issuer().token(TestUser.withoutRole()));
        int calls = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            for (String path : List.of("/samples/me", "/samples/nope")) {
                HttpResponse<String> response = api().get(path, caller.getValue());
                assertThat(response.statusCode())
                        .as(caller.getKey() + " " + path)
                        .isEqualTo(403);
                assertThat(response.body()).contains("https://ladder.jinshan.gov.cn/problems/forbidden");
                calls++;
            }
            HttpResponse<String> write = api().post("/samples", caller.getValue(), "{\"name\":\"service\"}");
            assertThat(write.statusCode()).as(caller.getKey() + " write").isEqualTo(403);
            calls++;
        }
        assertThat(api().get("/actuator/prometheus", issuer().serviceToken()).statusCode())
                .isEqualTo(200);
        System.out.println("SECURITY role-less-tokens callers=" + callers.size() + " apiCalls=" + calls + " refused403="
                + calls + " operatorEndpointForServiceClient=200");
    }

    @Test
    void aWrongQueryParameterIsNamedWithoutEchoingItsValue() {
        String official = issuer().token(TestUser.official());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/samples/typed?count=abc&shade=DARK", "must be a number");
        expected.put("/samples/typed?count=1&shade=%7B%22%24ne%22%3Anull%7D", "must be one of LIGHT, DARK");
        for (Map.Entry<String, String> call : expected.entrySet()) {
            HttpResponse<String> response = api().get(call.getKey(), official);
            assertThat(response.statusCode()).as(call.getKey()).isEqualTo(400);
            assertThat(response.body())
                    .as(call.getKey())
                    .contains("\"rule\":\"type\"", call.getValue())
                    .doesNotContain("abc", "$ne", "$gt", "java.", "[L", "Exception");
        }
    }

    @Test
    void springsOwnRefusalsAreProblemDocuments() {
        String official = issuer().token(TestUser.official());
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("400 missing parameter", api().get("/samples/typed?count=1", official));
        responses.put(
                "405 wrong method",
                api().send(api().request("/samples/me", official).DELETE().build()));
        responses.put(
                "415 wrong media type",
                api().send(api().request("/samples", official)
                        .header("Content-Type", "text/plain")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("name"))
                        .build()));
        for (Map.Entry<String, HttpResponse<String>> response : responses.entrySet()) {
            int status = Integer.parseInt(response.getKey().substring(0, 3));
            assertThat(response.getValue().statusCode()).as(response.getKey()).isEqualTo(status);
            assertThat(response.getValue().headers().firstValue("Content-Type"))
                    .as(response.getKey())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.getValue().body())
                    .as(response.getKey())
                    .contains("\"type\":\"https://ladder.jinshan.gov.cn/problems/", "\"status\":" + status);
        }
    }

    @Test
    void theCallerIsNotAnApiParameter() {
        String docs = api().get("/v3/api-docs", null).body();
        assertThat(docs).contains("/samples/me").doesNotContain("\"name\":\"enterpriseId\"", "\"name\":\"subject\"");
    }

    @Test
    void pathsTomcatRefusesAreProblemsWithoutItsHtmlPage() {
        String official = issuer().token(TestUser.official());
        for (String path : List.of("/samples/..%2F..%2Fetc%2Fpasswd", "/samples/%2e%2e%2f", "/samples/a%00b")) {
            HttpResponse<String> response = api().get(path, official);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body())
                    .as(path)
                    .contains("\"type\":\"https://ladder.jinshan.gov.cn/problems/bad-request\"", "\"status\":400")
                    .doesNotContain("<html", "Tomcat", "Exception");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        String official = issuer().token(TestUser.official());
        String admin = issuer().token(TestUser.admin());
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("200 api", api().get("/samples/me", official));
        responses.put("201 created", api().post("/samples", official, "{\"name\":\"headers\"}"));
        responses.put("400 validation", api().post("/samples", official, "{\"name\":\"\"}"));
        responses.put("400 unknown property", api().post("/samples", official, "{\"name\":\"a\",\"id\":\"x\"}"));
        responses.put("400 unreadable", api().post("/samples", official, "{\"name\": [1,"));
        responses.put("401 no token", api().get("/samples/me", null));
        responses.put("401 expired token", api().get("/samples/me", issuer().expiredToken(TestUser.official())));
        responses.put("403 role rule", api().get("/samples/official-only", issuer().token(TestUser.enterprise(FIRM))));
        responses.put("403 actuator", api().get("/actuator/prometheus", issuer().token(TestUser.enterprise(FIRM))));
        responses.put("404 unknown object", api().get("/samples/nope", official));
        responses.put("404 unknown route", api().get("/no-such-route", official));
        responses.put(
                "405 wrong method",
                api().send(api().request("/samples/me", official).DELETE().build()));
        responses.put("500 internal", api().get("/samples/failing", official));
        responses.put("400 refused by Tomcat (encoded slash)", api().get("/samples/..%2F..%2Fetc%2Fpasswd", official));
        responses.put("400 refused by Tomcat (NUL)", api().get("/samples/a%00b", official));
        responses.put("200 health", api().get("/actuator/health", null));
        responses.put("200 prometheus", api().get("/actuator/prometheus", admin));

        int checks = 0;
        for (Map.Entry<String, HttpResponse<String>> response : responses.entrySet()) {
            assertThat(response.getValue().statusCode())
                    .as(response.getKey())
                    .isEqualTo(Integer.parseInt(response.getKey().substring(0, 3)));
            for (Map.Entry<String, String> header : SecurityHeadersFilter.HEADERS.entrySet()) {
                assertThat(response.getValue().headers().allValues(header.getKey()))
                        .as(response.getKey() + " " + header.getKey())
                        .containsExactly(header.getValue());
                checks++;
            }
        }
        System.out.println("SECURITY headers responses=" + responses.size() + " headers="
                + SecurityHeadersFilter.HEADERS.size() + " checks=" + checks + " missing=0");
    }

    @Test
    void onlyHealthIsPublicOnTheActuator() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("firm", issuer().token(TestUser.enterprise(FIRM)));
        callers.put("official", issuer().token(TestUser.official()));
        callers.put("admin", issuer().token(TestUser.admin()));
        callers.put("ladder-services client", issuer().serviceToken());
        Map<String, Integer> expected =
                Map.of("anonymous", 401, "firm", 403, "official", 403, "admin", 200, "ladder-services client", 200);

        int calls = 0;
        for (String endpoint : List.of("/actuator/prometheus", "/actuator/info")) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                HttpResponse<String> response = api().get(endpoint, caller.getValue());
                assertThat(response.statusCode())
                        .as(endpoint + " as " + caller.getKey())
                        .isEqualTo(expected.get(caller.getKey()));
                calls++;
            }
        }
        assertThat(api().get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(api().get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(api().get("/actuator/prometheus", issuer().token(TestUser.admin()))
                        .body())
                .contains("jvm_memory_used_bytes");
        System.out.println(
                "SECURITY actuator endpoints=2 callers=" + callers.size() + " calls=" + calls + " public=health-only");
    }

    @Test
    void theMongoHealthCheckAsksOnlyTheServicesOwnDatabase() {
        HttpResponse<String> health = api().get("/actuator/health", issuer().token(TestUser.admin()));

        var mongo = ApiClient.json(health).path("components").path("mongo");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(mongo.path("status").asString()).isEqualTo("UP");
        assertThat(mongo.path("details").path("database").asString()).isNotBlank();
        assertThat(mongo.path("details").has("databases"))
                .as("Boot's indicator lists every database, which the stand-in answers by re-indexing them all")
                .isFalse();
    }
}
