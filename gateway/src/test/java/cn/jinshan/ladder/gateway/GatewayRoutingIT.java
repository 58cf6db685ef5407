package cn.jinshan.ladder.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway against WireMock stand-ins for Keycloak's JWKS and the three services, with signed test tokens. The
 * time limit is lowered to 2 s so the slow-service case stays quick.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resilience4j.timelimiter.configs.default.timeout-duration=2s")
class GatewayRoutingIT {

    private static final String JWKS_PATH = "/realms/ladder/protocol/openid-connect/certs";
    private static final String PROBLEMS = "https://ladder.jinshan.gov.cn/problems/";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final TestTokens tokens = new TestTokens();
    private static final WireMockServer keycloak = started(0);
    private static final WireMockServer enterprise = started(0);
    // a fixed port, because the outage test stops this one and starts it again where the route points
    private static final WireMockServer certification = started(freePort());
    private static final WireMockServer notification = started(0);

    static {
        keycloak.stubFor(get(JWKS_PATH).willReturn(okJson(tokens.jwks())));
    }

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_JWK_SET_URI", () -> keycloak.baseUrl() + JWKS_PATH);
        registry.add("ENTERPRISE_SERVICE_URL", enterprise::baseUrl);
        registry.add("CERTIFICATION_SERVICE_URL", certification::baseUrl);
        registry.add("NOTIFICATION_SERVICE_URL", notification::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry breakers;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        Stream.of(enterprise, certification, notification).forEach(WireMockServer::resetAll);
    }

    @AfterAll
    static void stopStubs() {
        Stream.of(keycloak, enterprise, certification, notification).forEach(WireMockServer::stop);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/enterprises, enterprise",
        "/api/enterprises/91310116MA1J8K3L22, enterprise",
        "/api/cohorts, enterprise",
        "/api/cohorts/2026/members, enterprise",
        "/api/targets/2026, enterprise",
        "/api/programmes, certification",
        "/api/eligibility/evaluations, certification",
        "/api/applications/app-1, certification",
        "/api/certificates, certification",
        "/api/listings/2026-01, certification",
        "/api/notifications, notification",
        "/api/notifications/n-1/read, notification",
        "/api/push-subscriptions, notification",
        "/api/preferences, notification"
    })
    void routesEachFamilyToItsServiceRelayingTokenAndRequestId(String path, String service) {
        WireMockServer backend = backend(service);
        backend.stubFor(any(urlPathEqualTo(path)).willReturn(okJson("{\"from\":\"" + service + "\"}")));
        String token = tokens.valid();

        String requestId = client.get()
                .uri(path)
                .headers(bearer(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("X-Request-Id", UUID_PATTERN)
                .expectBody()
                .jsonPath("$.from")
                .isEqualTo(service)
                .returnResult()
                .getResponseHeaders()
                .getFirst("X-Request-Id");

        backend.verify(getRequestedFor(urlPathEqualTo(path))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
                .withHeader("X-Request-Id", equalTo(requestId)));
    }

    @Autowired
    org.springframework.security.oauth2.jwt.ReactiveJwtDecoder jwtDecoder;

    @Test
    void theValidatingDecoderRemembersTokensSoARepeatedTokenIsNotVerifiedAgain() {
        assertThat(jwtDecoder.getClass().getSimpleName()).isEqualTo("CachingJwtDecoder");
    }

    @Test
    void relaysAPostWithItsBodyAndTheCreatedAnswer() {
        String location = "http://localhost:" + port + "/api/enterprises/91310116MA1J8K3L22";
        enterprise.stubFor(post("/api/enterprises")
                .willReturn(aResponse().withStatus(201).withHeader(HttpHeaders.LOCATION, location)));

        client.post()
                .uri("/api/enterprises")
                .headers(bearer(tokens.valid()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"上海金鑫精密机械有限公司\"}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, location);

        enterprise.verify(postRequestedFor(urlEqualTo("/api/enterprises"))
                .withRequestBody(equalToJson("{\"name\":\"上海金鑫精密机械有限公司\"}"))
                .withHeader(HttpHeaders.HOST, equalTo("localhost:" + port)));
    }

    @Test
    void rejectsARequestWithoutTokenAsProblem() {
        client.get()
                .uri("/api/enterprises")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader()
                .valueMatches("X-Request-Id", UUID_PATTERN)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "unauthorized")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.requestId")
                .exists();

        enterprise.verify(0, anyRequestedFor(anyUrl()));
    }

    static Stream<Named<String>> rejectedTokens() {
        return Stream.of(
                Named.of("wrong audience", tokens.with(claims -> claims.audience(List.of("account")))),
                Named.of("wrong issuer", tokens.with(claims -> claims.issuer("http://localhost:8180/realms/other"))),
                Named.of(
                        "expired",
                        tokens.with(claims -> claims.issueTime(minutesAgo(15)).expirationTime(minutesAgo(5)))),
                Named.of("signed by an unknown key", tokens.signedByStranger()));
    }

    @ParameterizedTest
    @MethodSource("rejectedTokens")
    void rejectsAnInvalidTokenAsProblem(String token) {
        client.get()
                .uri("/api/enterprises")
                .headers(bearer(token))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "unauthorized");

        enterprise.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void answers503NamingTheServiceWhenItIsDown() {
        CircuitBreaker breaker = breakers.circuitBreaker("certification-service");
        long failedBefore = breaker.getMetrics().getNumberOfFailedCalls();
        certification.stop();
        try {
            long started = System.nanoTime();
            client.post()
                    .uri("/api/applications")
                    .headers(bearer(tokens.valid()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"programme\":\"SPECIALIZED_NEW\"}")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(PROBLEMS + "unavailable")
                    .jsonPath("$.title")
                    .isEqualTo("certification-service unavailable")
                    .jsonPath("$.status")
                    .isEqualTo(503)
                    .jsonPath("$.service")
                    .isEqualTo("certification-service")
                    .jsonPath("$.reason")
                    .isEqualTo("unreachable")
                    .jsonPath("$.detail")
                    .value(containsString("applications"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(failedBefore + 1);
        } finally {
            certification.start();
        }
    }

    @Test
    void answers503WhenTheServiceIsSlowerThanTheTimeLimit() {
        enterprise.stubFor(get("/api/targets").willReturn(okJson("[]").withFixedDelay(4_000)));

        long started = System.nanoTime();
        client.get()
                .uri("/api/targets")
                .headers(bearer(tokens.valid()))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("enterprise-service unavailable")
                .jsonPath("$.service")
                .isEqualTo("enterprise-service")
                .jsonPath("$.reason")
                .isEqualTo("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(Duration.ofSeconds(2), Duration.ofMillis(3_500));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404})
    void passesClientErrorsThroughUnchangedAndDoesNotCountThemAsFailures(int status) {
        String body = "{\"type\":\"" + PROBLEMS + "not-found\",\"title\":\"Not Found\",\"status\":" + status + "}";
        enterprise.stubFor(get("/api/enterprises/unknown")
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .withBody(body)));
        CircuitBreaker breaker = breakers.circuitBreaker("enterprise-service");
        long failedBefore = breaker.getMetrics().getNumberOfFailedCalls();
        long succeededBefore = breaker.getMetrics().getNumberOfSuccessfulCalls();

        client.get()
                .uri("/api/enterprises/unknown")
                .headers(bearer(tokens.valid()))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .json(body, JsonCompareMode.STRICT);

        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(failedBefore);
        assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(succeededBefore + 1);
    }

    @Test
    void streamsServerSentEventsAsTheyComeAndPastTheTimeLimit() {
        notification.stubFor(get("/api/notifications/stream")
                .willReturn(aResponse()
                        .withHeader(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_EVENT_STREAM_VALUE)
                        .withBody("data: one\n\ndata: two\n\ndata: three\n\n")
                        .withChunkedDribbleDelay(3, 3_000)));

        long started = System.nanoTime();
        List<Map.Entry<String, Duration>> arrivals = client.get()
                .uri("/api/notifications/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .headers(bearer(tokens.valid()))
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .getResponseBody()
                .map(event -> Map.entry(String.valueOf(event.data()), Duration.ofNanos(System.nanoTime() - started)))
                .collectList()
                .block(Duration.ofSeconds(15));

        assertThat(arrivals).extracting(Map.Entry::getKey).containsExactly("one", "two", "three");
        Duration first = arrivals.get(0).getValue();
        Duration last = arrivals.get(2).getValue();
        assertThat(last).as("the stream outlives the 2 s time limit").isGreaterThan(Duration.ofSeconds(2));
        assertThat(last.minus(first)).as("events are not buffered").isGreaterThan(Duration.ofMillis(1_500));
    }

    @Test
    void keepsAWellFormedCallerRequestId() {
        notification.stubFor(get("/api/preferences").willReturn(okJson("{}")));

        client.get()
                .uri("/api/preferences")
                .header("X-Request-Id", "web-1f3a.9_Z")
                .headers(bearer(tokens.valid()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Request-Id", "web-1f3a.9_Z");

        notification.verify(
                getRequestedFor(urlEqualTo("/api/preferences")).withHeader("X-Request-Id", equalTo("web-1f3a.9_Z")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "has space",
                "semi;colon",
                "<script>",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void replacesAMalformedCallerRequestId(String malformed) {
        notification.stubFor(get("/api/preferences").willReturn(okJson("{}")));

        String requestId = client.get()
                .uri("/api/preferences")
                .header("X-Request-Id", malformed)
                .headers(bearer(tokens.valid()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("X-Request-Id", UUID_PATTERN)
                .returnResult(Void.class)
                .getResponseHeaders()
                .getFirst("X-Request-Id");

        notification.verify(
                getRequestedFor(urlEqualTo("/api/preferences")).withHeader("X-Request-Id", equalTo(requestId)));
    }

    @Test
    void keepsServingOneKeepAliveConnectionRequestAfterRequest() throws Exception {
        // reactor-netty 1.3.6 stopped reading such a connection now and then (reactor-netty#4361)
        notification.stubFor(get("/api/preferences").willReturn(okJson("{}")));
        List<String> paths = List.of(
                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/api/preferences");
        String token = tokens.valid();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 400; i++) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + paths.get(i % paths.size())))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .timeout(Duration.ofSeconds(5))
                    .build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as("request %d", i)
                    .isEqualTo(200);
        }
    }

    @Test
    void onlyHealthIsPublicAndInfoNeedsAToken() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("UP");
        }
        client.get()
                .uri("/actuator/info")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get()
                .uri("/actuator/info")
                .headers(bearer(tokens.valid()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.app.name")
                .isEqualTo("Ladder gateway");
    }

    @Test
    void prometheusNeedsATokenAndExportsTheBreakers() {
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        client.get()
                .uri("/actuator/prometheus")
                .headers(bearer(tokens.valid()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(containsString("resilience4j_circuitbreaker_state"));
    }

    @Test
    void servesTheAppShellWithoutInlineScriptsAndAPolicyThatLetsItReachKeycloak() {
        client.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .valueMatches(
                        "Content-Security-Policy",
                        ".*default-src 'self'.*connect-src 'self' http://localhost:8180;.*frame-src 'self' http://localhost:8180;.*")
                .expectHeader()
                .valueEquals("X-Frame-Options", "SAMEORIGIN")
                .expectBody(String.class)
                .consumeWith(result -> assertThat(result.getResponseBody())
                        .contains("lang=\"zh-CN\"", "<div id=\"app\">", "rel=\"manifest\"")
                        .containsPattern("<script type=\"module\" crossorigin src=\"/assets/[^\"]+\\.js\">")
                        .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                        .doesNotContain("style="));
        client.get().uri("/manifest.webmanifest").exchange().expectStatus().isOk();
        client.get()
                .uri("/sw.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(containsString("notificationclick"));
    }

    @Test
    void servesTheAppForItsOwnRoutesAndKeepsApiAndAssetAnswers() {
        String shell = client.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        client.get()
                .uri("/official/queue")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo(shell);
        client.get()
                .uri("/applications/app-1")
                .accept(MediaType.TEXT_HTML, MediaType.ALL)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
        client.get()
                .uri("/api/nothing-here")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.get()
                .uri("/assets/missing.js")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri("/official/queue")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void servesTheSignInSettingsFromItsProperties() {
        client.get()
                .uri("/config.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Cache-Control", "no-store")
                .expectBody()
                .jsonPath("$.authority")
                .isEqualTo("http://localhost:8180/realms/ladder")
                .jsonPath("$.clientId")
                .isEqualTo("ladder-web")
                .jsonPath("$.scope")
                .isEqualTo("openid profile");
    }

    @Test
    void answersUnknownPathsAndDirectFallbackCallsAsProblems() {
        client.get()
                .uri("/api/unknown")
                .headers(bearer(tokens.valid()))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "not-found");
        client.get()
                .uri("/fallback/enterprise-service")
                .headers(bearer(tokens.valid()))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "forbidden");
    }

    private static Consumer<HttpHeaders> bearer(String token) {
        return headers -> headers.setBearerAuth(token);
    }

    private static WireMockServer backend(String service) {
        return switch (service) {
            case "enterprise" -> enterprise;
            case "certification" -> certification;
            case "notification" -> notification;
            default -> throw new IllegalArgumentException(service);
        };
    }

    private static Date minutesAgo(int minutes) {
        return Date.from(Instant.now().minus(Duration.ofMinutes(minutes)));
    }

    private static WireMockServer started(int port) {
        WireMockServer server = new WireMockServer(
                port == 0 ? options().dynamicPort() : options().port(port));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
