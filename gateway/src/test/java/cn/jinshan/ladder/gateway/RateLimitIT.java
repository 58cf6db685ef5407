package cn.jinshan.ladder.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.TestUser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Per-user write limit (5 writes/s, burst 10 in this context): one user writes at twice the rate for 4 s; the excess
 * answers 429 problems with a {@code Retry-After} that is honoured, nothing answers 5xx, another user and the same
 * user's reads are not limited.
 */
class RateLimitIT extends GatewayWithKitIssuer {

    private static final String PATH = "/api/enterprises/91310116MA1J8K3L22/contacts";
    private static final List<String> WRITE_METHODS = List.of("POST", "PUT", "PATCH", "DELETE");
    private static final int SECONDS = 4;

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    MeterRegistry meters;

    @Test
    void writesOverTheLimitAnswer429WithRetryAfterAndNothingElseIsLimited() throws Exception {
        enterprise.stubFor(any(urlPathMatching("/api/enterprises/.*")).willReturn(okJson("{}")));
        String firm = issuer.token(TestUser.enterprise("91310116MA1J8K3L22"));
        String official = issuer.token(TestUser.official());

        // warm up (signing keys fetched, both tokens verified once) so the paced run measures the limit, not the start
        assertThat(send("GET", PATH, firm).statusCode()).isEqualTo(200);
        assertThat(send("GET", PATH, official).statusCode()).isEqualTo(200);
        int offered = 2 * WRITES_PER_SECOND * SECONDS;
        double limitedBefore = limitedCount();
        long intervalNanos = Duration.ofSeconds(1).toNanos() / (2L * WRITES_PER_SECOND);
        List<HttpResponse<String>> limited = new ArrayList<>();
        int admitted = 0;
        int serverErrors = 0;
        long started = System.nanoTime();
        for (int i = 0; i < offered; i++) {
            long due = started + i * intervalNanos;
            long sleep = due - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(Duration.ofNanos(sleep).toMillis());
            }
            HttpResponse<String> response = send(WRITE_METHODS.get(i % WRITE_METHODS.size()), PATH, firm);
            if (response.statusCode() >= 500) {
                serverErrors++;
            } else if (response.statusCode() == 429) {
                limited.add(response);
            } else if (response.statusCode() == 200) {
                admitted++;
            }
        }
        double elapsedSeconds = (System.nanoTime() - started) / 1e9;
        double limitedCounted = limitedCount() - limitedBefore;

        // while the firm is limited: its reads and another user's writes pass
        int readWhileLimited = send("GET", PATH, firm).statusCode();
        int otherUsersWrite = send("POST", PATH, official).statusCode();

        assertThat(serverErrors).isZero();
        assertThat(limitedCounted).as("ladder_gateway_writes_limited_total").isEqualTo(limited.size());
        assertThat(admitted + limited.size()).isEqualTo(offered);
        assertThat(admitted)
                .as("the burst, then the rate")
                .isGreaterThanOrEqualTo(WRITE_BURST)
                .isLessThanOrEqualTo(WRITE_BURST + (int) Math.ceil(WRITES_PER_SECOND * elapsedSeconds) + 1);
        // whatever the pacing on a busy machine: everything beyond the burst and the refill is refused
        assertThat(limited)
                .hasSizeGreaterThanOrEqualTo(
                        offered - WRITE_BURST - (int) Math.ceil(WRITES_PER_SECOND * elapsedSeconds) - 1);
        long maxRetryAfter = (long) Math.ceil(1.0 / WRITES_PER_SECOND);
        for (HttpResponse<String> response : limited) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body())
                    .contains("\"type\":\"" + PROBLEMS + "too-many-requests\"")
                    .contains("limited to 5 per second per user, in bursts of at most 10");
            assertThat(response.headers().firstValueAsLong("Retry-After").orElseThrow())
                    .isBetween(1L, maxRetryAfter);
            SecurityHeaders.assertOn(response.headers().map());
        }
        assertThat(readWhileLimited).isEqualTo(200);
        assertThat(otherUsersWrite).isEqualTo(200);

        // exhaust the bucket, then wait exactly Retry-After: the next write passes
        HttpResponse<String> refused = send("POST", PATH, firm);
        while (refused.statusCode() != 429) {
            refused = send("POST", PATH, firm);
        }
        long retryAfter = refused.headers().firstValueAsLong("Retry-After").orElseThrow();
        Thread.sleep(Duration.ofSeconds(retryAfter).toMillis());
        int afterRetryAfter = send("POST", PATH, firm).statusCode();
        assertThat(afterRetryAfter).isEqualTo(200);

        System.out.println(String.format(
                "SECURITY rate-limit writesPerSecond=%d burst=%d offered=%d in=%.1fs (2x the rate) admitted=%d"
                        + " limited429=%d serverErrors=%d retryAfter=%ds honoured=%d otherUserWrite=%d"
                        + " readWhileLimited=%d",
                WRITES_PER_SECOND,
                WRITE_BURST,
                offered,
                elapsedSeconds,
                admitted,
                limited.size(),
                serverErrors,
                retryAfter,
                afterRetryAfter,
                otherUsersWrite,
                readWhileLimited));
    }

    private double limitedCount() {
        Counter counter = meters.find("ladder.gateway.writes.limited")
                .tag("route", "enterprise-service")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(
                        method,
                        method.equals("GET") || method.equals("DELETE")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{\"phone\":\"021-57940000\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(20))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
