package cn.jinshan.ladder.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.ApiOperation;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, security item 2: every {@code /api/**} route of the service's own OpenAPI document, the live stream
 * included, refuses every kind of {@code TestJwtIssuer.badTokens} with a 401 {@code unauthorized} problem; a valid
 * token still works.
 */
class BadTokensIT extends PlatformIT {

    private static final String STREAM = "/api/notifications/stream";

    @Test
    void everyRouteRefusesEveryBadTokenWithAnUnauthorizedProblem() throws Exception {
        TestUser official = TestUser.official();
        Map<String, String> badTokens = issuer().badTokens(official);
        List<ApiOperation> routes = routes();
        List<String> accepted = new ArrayList<>();
        int calls = 0;
        for (ApiOperation route : routes) {
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                HttpResponse<String> response = call(route, bad.getValue());
                calls++;
                boolean problem = response.statusCode() == 401
                        && response.body().startsWith("{")
                        && ApiClient.json(response).path("type").asString().endsWith("/unauthorized");
                if (!problem) {
                    accepted.add(bad.getKey() + " → " + route + " answered " + response.statusCode());
                }
            }
        }
        System.out.printf(
                "SECURITY bad-tokens service=notification-service routes=%d kinds=%d calls=%d accepted=%d%n",
                routes.size(), badTokens.size(), calls, accepted.size());

        assertThat(routes).hasSizeGreaterThan(15);
        assertThat(routes).anyMatch(route -> route.pathTemplate().equals(STREAM));
        assertThat(badTokens).hasSize(11);
        assertThat(accepted).isEmpty();
        assertThat(api().get("/api/notifications", tokenOf(official)).statusCode())
                .isEqualTo(200);
        assertThat(api().get("/api/admin/notification-rules", tokenOf(TestUser.admin()))
                        .statusCode())
                .isEqualTo(200);
        assertThat(streamStatus(tokenOf(official))).isEqualTo(200);
    }

    private List<ApiOperation> routes() {
        JsonNode paths = ApiClient.json(api().get("/v3/api-docs", null)).get("paths");
        List<ApiOperation> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                routes.add(new ApiOperation(
                        operation.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        path.getKey().equals(STREAM)));
            }
        }
        return routes;
    }

    private HttpResponse<String> call(ApiOperation route, String token) {
        HttpRequest.Builder request = api().request(route.expand(Map.of(), "some-id"), token);
        if (route.streaming()) {
            request.header("Accept", "text/event-stream").GET();
        } else if (route.method().equals("GET") || route.method().equals("DELETE")) {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        return api().send(request.build());
    }

    /** Opens the live stream with the token and closes it once the status is known. */
    private int streamStatus(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + STREAM))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }
}
