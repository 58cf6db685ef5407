package cn.jinshan.ladder.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.TestUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the CPU work on the request path must not lose: exactly one ECS access-log line per request (now written off
 * the event loop) with all its fields, the {@code http.server.requests} timer counting proxied requests and 401s, and
 * the access log's own meters in Prometheus.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogIT extends GatewayWithKitIssuer {

    private static final String PATH = "/api/enterprises/91310116MA1J8K3L22";
    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MeterRegistry meters;

    @Test
    void everyRequestGetsExactlyOneAccessLogLineWithItsFields(CapturedOutput output) {
        enterprise.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{}")));
        String token = issuer.token(TestUser.official());
        String proxied = "access-log-" + UUID.randomUUID();
        String refused = "access-log-" + UUID.randomUUID();

        client.get()
                .uri(PATH + "?secret=query")
                .header("X-Request-Id", proxied)
                .headers(bearer(token))
                .exchange()
                .expectStatus()
                .isOk();
        client.get()
                .uri(PATH)
                .header("X-Request-Id", refused)
                .exchange()
                .expectStatus()
                .isUnauthorized();

        JsonNode ok = await().atMost(Duration.ofSeconds(10))
                .until(() -> lines(output, proxied), l -> l.size() == 1)
                .get(0);
        JsonNode unauthorized = await().atMost(Duration.ofSeconds(10))
                .until(() -> lines(output, refused), l -> l.size() == 1)
                .get(0);

        assertThat(ok.path("log").path("logger").asString()).isEqualTo("cn.jinshan.ladder.gateway.access");
        assertThat(ok.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(ok.path("message").asString()).matches("GET " + PATH + " 200 \\d+ ms");
        assertThat(ok.path("method").asString()).isEqualTo("GET");
        assertThat(ok.path("path").asString()).isEqualTo(PATH);
        assertThat(ok.path("status").asInt()).isEqualTo(200);
        assertThat(ok.path("durationMs").isIntegralNumber()).isTrue();
        assertThat(ok.path("routeId").asString()).isEqualTo("enterprise-service");
        assertThat(ok.path("outcome").asString()).isEqualTo("completed");
        // the line is made on the request's event-loop thread, written by the access-log thread
        assertThat(ok.path("process").path("thread").path("name").asString()).contains("-http-");
        assertThat(ok.toString()).doesNotContain("secret=query");
        assertThat(unauthorized.path("status").asInt()).isEqualTo(401);
        assertThat(unauthorized.path("routeId").asString()).isEqualTo("-");
        System.out.println("BENCH access-log lines-per-request ok=1 unauthorized=1 thread="
                + ok.path("process").path("thread").path("name").asString());
    }

    @Test
    void httpServerRequestsCountsProxiedRequestsAndTheAccessLogMetersAreExported() {
        enterprise.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{}")));
        String token = issuer.token(TestUser.official());
        double before = serverRequests("200");
        double unauthorizedBefore = serverRequests("401");

        for (int i = 0; i < 5; i++) {
            client.get()
                    .uri(PATH)
                    .headers(bearer(token))
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        client.get().uri(PATH).exchange().expectStatus().isUnauthorized();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(serverRequests("200") - before).isEqualTo(5);
            assertThat(serverRequests("401") - unauthorizedBefore).isEqualTo(1);
        });
        String prometheus = client.get()
                .uri("/actuator/prometheus")
                .headers(bearer(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(prometheus)
                .contains("http_server_requests_seconds_count{")
                .contains("ladder_gateway_access_log_dropped_total 0.0")
                .contains("ladder_gateway_access_log_queued ");
    }

    private double serverRequests(String status) {
        return Search.in(meters).name("http.server.requests").tag("status", status).timers().stream()
                .mapToDouble(timer -> timer.count())
                .sum();
    }

    private static List<JsonNode> lines(CapturedOutput output, String requestId) {
        return output.getOut()
                .lines()
                .filter(line -> line.startsWith("{") && line.contains("\"requestId\":\"" + requestId + "\""))
                .map(json::readTree)
                .toList();
    }
}
