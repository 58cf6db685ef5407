package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.ApiOperation;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, security item 2: every {@code /api/**} route of the service's own OpenAPI document refuses every kind of
 * {@code TestJwtIssuer.badTokens} with a 401 {@code unauthorized} problem; a valid token still works.
 */
class BadTokensIT extends CertificationIT {

    @Test
    void everyRouteRefusesEveryBadTokenWithAnUnauthorizedProblem() {
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
                "SECURITY bad-tokens service=certification-service routes=%d kinds=%d calls=%d accepted=%d%n",
                routes.size(), badTokens.size(), calls, accepted.size());

        assertThat(routes).hasSizeGreaterThan(30);
        assertThat(badTokens).hasSize(11);
        assertThat(accepted).isEmpty();
        assertThat(api().get("/api/programmes", token(official)).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/applications/queue", token(official)).statusCode())
                .isEqualTo(200);
    }

    private List<ApiOperation> routes() {
        JsonNode paths = ApiClient.json(api().get("/v3/api-docs", null)).get("paths");
        List<ApiOperation> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                routes.add(new ApiOperation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), false));
            }
        }
        return routes;
    }

    private HttpResponse<String> call(ApiOperation route, String token) {
        HttpRequest.Builder request = api().request(route.expand(Map.of(), "some-id"), token);
        if (route.method().equals("GET") || route.method().equals("DELETE")) {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        return api().send(request.build());
    }
}
