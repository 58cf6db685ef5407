package cn.jinshan.ladder.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.TestUser;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every kind of response the gateway gives — proxied 2xx/4xx/5xx, its own 401/403/404/429/503 problems, the page and
 * its assets, actuator — carries {@code X-Content-Type-Options}, {@code X-Frame-Options}, {@code Referrer-Policy} and
 * the {@code Content-Security-Policy}; {@code Strict-Transport-Security} only when the request came over HTTPS.
 */
class SecurityHeadersIT extends GatewayWithKitIssuer {

    private static final String HSTS = "Strict-Transport-Security";

    /** One request of the table: what to send, and the status the response has. */
    record Case(Function<WebTestClient, WebTestClient.ResponseSpec> send, int status) {}

    static Stream<Arguments> responses() {
        String token = issuer.token(TestUser.official());
        return Stream.of(
                row("proxied 200", 200, c -> c.get().uri("/api/programmes").headers(bearer(token))),
                row(
                        "proxied 200 with the service's own headers",
                        200,
                        c -> c.get().uri("/api/targets").headers(bearer(token))),
                row(
                        "proxied 404 problem",
                        404,
                        c -> c.get().uri("/api/programmes/missing").headers(bearer(token))),
                row(
                        "proxied 500",
                        500,
                        c -> c.get().uri("/api/certificates/boom").headers(bearer(token))),
                row("401 problem (no token)", 401, c -> c.get().uri("/api/programmes")),
                row(
                        "401 problem (bad token)",
                        401,
                        c -> c.get().uri("/api/programmes").headers(bearer(issuer.expiredToken(TestUser.official())))),
                row(
                        "403 problem (fallback from outside)",
                        403,
                        c -> c.get().uri("/fallback/enterprise-service").headers(bearer(token))),
                row(
                        "403 problem (foreign origin)",
                        403,
                        c -> c.get()
                                .uri("/api/programmes")
                                .header("Origin", "https://evil.example")
                                .headers(bearer(token))),
                row(
                        "404 problem (no route)",
                        404,
                        c -> c.get().uri("/api/unknown").headers(bearer(token))),
                row(
                        "503 problem (service unreachable)",
                        503,
                        c -> c.get().uri("/api/notifications").headers(bearer(token))),
                row("app shell", 200, c -> c.get().uri("/").accept(MediaType.TEXT_HTML)),
                row("app route", 200, c -> c.get().uri("/official/queue").accept(MediaType.TEXT_HTML)),
                row("static asset", 200, c -> c.get().uri("/favicon.svg")),
                row("manifest", 200, c -> c.get().uri("/manifest.webmanifest")),
                row("service worker", 200, c -> c.get().uri("/sw.js")),
                row("config.json", 200, c -> c.get().uri("/config.json")),
                row("missing asset", 404, c -> c.get().uri("/assets/missing.js")),
                row("actuator health", 200, c -> c.get().uri("/actuator/health")),
                row("actuator info", 200, c -> c.get().uri("/actuator/info").headers(bearer(token))),
                row(
                        "actuator prometheus",
                        200,
                        c -> c.get().uri("/actuator/prometheus").headers(bearer(token))),
                row("actuator info without token", 401, c -> c.get().uri("/actuator/info")));
    }

    private static Arguments row(
            String name, int status, Function<WebTestClient, WebTestClient.RequestHeadersSpec<?>> request) {
        return Arguments.of(Named.of(name, new Case(c -> request.apply(c).exchange(), status)));
    }

    @ParameterizedTest
    @MethodSource("responses")
    void everyResponseCarriesTheSecurityHeaders(Case response) {
        certification.stubFor(get("/api/programmes").willReturn(okJson("[]")));
        enterprise.stubFor(get("/api/targets")
                .willReturn(okJson("[]")
                        .withHeader("X-Frame-Options", "DENY")
                        .withHeader("X-Content-Type-Options", "nosniff")));
        certification.stubFor(get("/api/programmes/missing")
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"" + PROBLEMS + "not-found\",\"status\":404}")));
        certification.stubFor(
                get("/api/certificates/boom").willReturn(aResponse().withStatus(500)));
        notification.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        EntityExchangeResult<byte[]> result = response.send()
                .apply(client)
                .expectStatus()
                .isEqualTo(response.status())
                .expectBody()
                .returnResult();

        SecurityHeaders.assertOn(result.getResponseHeaders());
        assertThat(result.getResponseHeaders().containsHeader(HSTS))
                .as("no HSTS over plain HTTP")
                .isFalse();
    }

    @Test
    void aWriteOverTheLimitIsA429WithTheHeaders() {
        certification.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        String token = issuer.token(TestUser.specialist("headers-429", "specialist.headers"));
        EntityExchangeResult<byte[]> result = null;
        for (int i = 0;
                i <= 3 * WRITE_BURST && (result == null || result.getStatus().value() != 429);
                i++) {
            result = client.post()
                    .uri("/api/eligibility/evaluations")
                    .headers(bearer(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectBody()
                    .returnResult();
        }

        assertThat(result.getStatus().value()).isEqualTo(429);
        SecurityHeaders.assertOn(result.getResponseHeaders());
    }

    @Test
    void httpsBehindAProxyGetsStrictTransportSecurity() {
        client.get()
                .uri("/actuator/health")
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HSTS, "max-age=31536000");
        client.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectHeader()
                .valueEquals(HSTS, "max-age=31536000");
    }
}
