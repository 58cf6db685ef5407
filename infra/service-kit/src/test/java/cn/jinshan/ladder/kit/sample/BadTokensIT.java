package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.ApiOperation;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every route of a kit-based service, read from its OpenAPI document, refuses every bad token of
 * {@code TestJwtIssuer.badTokens} with a 401 problem, while a valid token passes. Same context as {@link ServiceKitIT}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.outbox.collections=samples",
            "ladder.outbox.sweep-interval=500ms",
            "spring.servlet.multipart.max-file-size=1MB",
            "spring.servlet.multipart.max-request-size=1MB"
        })
class BadTokensIT {

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "kit");
    }

    @LocalServerPort
    int port;

    @Test
    void everyRouteRefusesEveryBadTokenWithAnUnauthorizedProblem() {
        ApiClient api = ApiClient.onPort(port);
        TestUser official = TestUser.official();
        Map<String, String> badTokens = LadderTestInfrastructure.jwtIssuer().badTokens(official);
        List<ApiOperation> routes = routes(api);
        List<String> accepted = new ArrayList<>();
        int calls = 0;
        for (ApiOperation route : routes) {
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                HttpResponse<String> response = call(api, route, bad.getValue());
                calls++;
                if (response.statusCode() != 401
                        || !ApiClient.json(response).get("type").asString().endsWith("/unauthorized")) {
                    accepted.add(bad.getKey() + " → " + route + " answered " + response.statusCode());
                }
            }
        }
        System.out.printf(
                "SECURITY bad-tokens routes=%d kinds=%d calls=%d accepted=%d%n",
                routes.size(), badTokens.size(), calls, accepted.size());

        assertThat(routes).hasSizeGreaterThanOrEqualTo(5);
        assertThat(badTokens).hasSize(11);
        assertThat(accepted).isEmpty();
        assertThat(api.get("/samples/me", LadderTestInfrastructure.jwtIssuer().token(official))
                        .statusCode())
                .isEqualTo(200);
    }

    private static List<ApiOperation> routes(ApiClient api) {
        JsonNode paths = ApiClient.json(api.get("/v3/api-docs", null)).get("paths");
        List<ApiOperation> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                routes.add(new ApiOperation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), false));
            }
        }
        return routes;
    }

    private static HttpResponse<String> call(ApiClient api, ApiOperation route, String token) {
        HttpRequest.Builder request = api.request(route.expand(Map.of(), "some-id"), token);
        if (route.method().equals("GET") || route.method().equals("DELETE")) {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"));
        }
        return api.send(request.build());
    }
}
