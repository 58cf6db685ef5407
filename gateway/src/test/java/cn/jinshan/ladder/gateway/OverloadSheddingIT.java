package cn.jinshan.ladder.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.TestUser;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Overload shedding (4 requests in flight per service in this context): twice that many slow requests at once; the
 * excess answers 503 {@code overloaded} with {@code Retry-After} at once, the admitted ones succeed, another service's
 * route is unaffected and the circuit breaker counts nothing.
 */
class OverloadSheddingIT extends GatewayWithKitIssuer {

    private static final int SERVICE_DELAY_MS = 3_000;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Timed(int status, long millis, HttpResponse<String> response) {}

    @Test
    void theExcessIsShedFastWhileAdmittedRequestsSucceed() {
        enterprise.stubFor(get("/api/enterprises/slow").willReturn(okJson("{}").withFixedDelay(SERVICE_DELAY_MS)));
        certification.stubFor(get("/api/programmes").willReturn(okJson("[]")));
        String token = issuer.token(TestUser.official());
        CircuitBreaker breaker = breakers.circuitBreaker("enterprise-service");
        long failedBefore = breaker.getMetrics().getNumberOfFailedCalls();
        long slowBefore = breaker.getMetrics().getNumberOfSlowCalls();
        int offered = 2 * MAX_IN_FLIGHT;
        double shedBefore = shedCount();
        // warm up: keys fetched, the token verified and remembered, the routes' connection pools started
        enterprise.stubFor(get("/api/enterprises/warm").willReturn(okJson("{}")));
        assertThat(timed("/api/enterprises/warm", token).join().status()).isEqualTo(200);
        assertThat(timed("/api/programmes", token).join().status()).isEqualTo(200);

        List<CompletableFuture<Timed>> calls = IntStream.range(0, offered)
                .mapToObj(i -> timed("/api/enterprises/slow", token))
                .toList();
        Timed otherRoute = timed("/api/programmes", token).join();
        List<Timed> results = calls.stream().map(CompletableFuture::join).toList();

        List<Timed> admitted =
                results.stream().filter(result -> result.status() == 200).toList();
        List<Timed> shed =
                results.stream().filter(result -> result.status() == 503).toList();
        long shedMax = shed.stream().mapToLong(Timed::millis).max().orElse(0);
        long admittedMax = admitted.stream().mapToLong(Timed::millis).max().orElse(0);

        assertThat(admitted.size() + shed.size()).isEqualTo(offered);
        assertThat(admitted).hasSizeGreaterThanOrEqualTo(MAX_IN_FLIGHT);
        assertThat(shed).isNotEmpty();
        for (Timed result : shed) {
            assertThat(result.millis())
                    .as("shed at once, not after the service's delay")
                    .isLessThan(SERVICE_DELAY_MS);
            assertThat(result.response().headers().firstValue("Retry-After")).hasValue("1");
            assertThat(result.response().body())
                    .contains("\"type\":\"" + PROBLEMS + "unavailable\"")
                    .contains("\"reason\":\"overloaded\"")
                    .contains("\"service\":\"enterprise-service\"");
            SecurityHeaders.assertOn(result.response().headers().map());
        }
        assertThat(admitted)
                .allSatisfy(result ->
                        assertThat(result.millis()).isBetween((long) SERVICE_DELAY_MS, SERVICE_DELAY_MS + 10_000L));
        assertThat(otherRoute.status())
                .as("another service's route is not shed")
                .isEqualTo(200);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(failedBefore);
        assertThat(breaker.getMetrics().getNumberOfSlowCalls() - slowBefore).isLessThanOrEqualTo(admitted.size());
        // every slot is given back: the next request is admitted
        assertThat(timed("/api/enterprises/slow", token).join().status()).isEqualTo(200);

        System.out.println(String.format(
                "RELIABILITY overload-shedding maxInFlight=%d offered=%d (at once, service %d ms) admitted=%d"
                        + " (max %d ms) shed503=%d (max %d ms, Retry-After 1) otherRoute=%d (%d ms) breakerFailures=+%d",
                MAX_IN_FLIGHT,
                offered,
                SERVICE_DELAY_MS,
                admitted.size(),
                admittedMax,
                shed.size(),
                shedMax,
                otherRoute.status(),
                otherRoute.millis(),
                breaker.getMetrics().getNumberOfFailedCalls() - failedBefore));
    }

    private double shedCount() {
        Counter counter = meters.find("ladder.gateway.requests.shed")
                .tag("route", "enterprise-service")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private CompletableFuture<Timed> timed(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(20))
                .build();
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Timed(
                        response.statusCode(),
                        Duration.ofNanos(System.nanoTime() - started).toMillis(),
                        response));
    }
}
