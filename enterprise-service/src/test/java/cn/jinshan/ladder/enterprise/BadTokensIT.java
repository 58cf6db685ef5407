package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.ApiOperation;
import cn.jinshan.ladder.kit.test.AuthorizationMatrix;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@code /api/**} route of the service's own OpenAPI document refuses every bad token of the kit's catalogue
 * with a 401 {@code unauthorized} problem, while a valid token still passes. Shares the context of the other ITs.
 */
class BadTokensIT extends EnterpriseIntegrationTest {

    @Test
    void everyRouteRefusesEveryBadTokenWithAnUnauthorizedProblem() {
        String firm = registerFirm("上海坏令牌测试有限公司");
        TestUser user = TestUser.official();
        Map<String, String> badTokens = LadderTestInfrastructure.jwtIssuer().badTokens(user);
        List<ApiOperation> routes = AuthorizationMatrix.fromOpenApi(api()).operations().stream()
                .filter(operation -> operation.pathTemplate().startsWith("/api/"))
                .toList();
        Map<String, String> ids = Map.of("id", firm, "year", "2024");
        List<String> accepted = new ArrayList<>();
        int calls = 0;
        for (ApiOperation route : routes) {
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                HttpResponse<String> response = call(route, ids, bad.getValue());
                calls++;
                if (!isUnauthorizedProblem(response)) {
                    accepted.add(bad.getKey() + " → " + route + " answered " + response.statusCode());
                }
            }
        }
        System.out.printf(
                "SECURITY bad-tokens service=enterprise-service routes=%d kinds=%d calls=%d accepted=%d%n",
                routes.size(), badTokens.size(), calls, accepted.size());

        assertThat(routes).hasSizeGreaterThan(15);
        assertThat(badTokens).hasSize(11);
        assertThat(accepted).isEmpty();
        assertThat(api().get("/api/enterprises/" + firm, token(user)).statusCode())
                .isEqualTo(200);
    }

    private static boolean isUnauthorizedProblem(HttpResponse<String> response) {
        if (response.statusCode() != 401
                || response.body() == null
                || response.body().isBlank()) {
            return false;
        }
        var type = ApiClient.json(response).get("type");
        return type != null && type.asString().endsWith("/unauthorized");
    }

    private HttpResponse<String> call(ApiOperation route, Map<String, String> ids, String token) {
        HttpRequest.Builder request =
                api().request(route.expand(ids, "1"), token).timeout(Duration.ofSeconds(5));
        if (route.streaming()) {
            request.header("Accept", "text/event-stream");
        }
        if (route.method().equals("GET") || route.method().equals("DELETE")) {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        return api().send(request.build());
    }
}
