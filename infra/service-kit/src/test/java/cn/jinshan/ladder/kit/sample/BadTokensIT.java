package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.ApiOperation;
import cn.jinshan.ladder.kit.test.AuthorizationMatrix;
import cn.jinshan.ladder.kit.test.BadTokenSweep;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every route of a kit-based service, read from its OpenAPI document, refuses every bad token of
 * {@code TestJwtIssuer.badTokens} with a 401 problem, while a valid token passes. The public API document, which
 * answers a call without a token (any other bad token is still refused), shows the sweep reports what gets through.
 * Same context as {@link ServiceKitIT}.
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

        BadTokenSweep.Result result = BadTokenSweep.of(
                        api, AuthorizationMatrix.fromOpenApi(api).operations(), badTokens)
                .withIds(Map.of(), "some-id")
                .run()
                .print("kit-sample");

        assertThat(result.routes()).isGreaterThanOrEqualTo(5);
        assertThat(result.kinds()).isEqualTo(11);
        assertThat(result.calls()).isEqualTo(result.routes() * result.kinds());
        assertThat(result.accepted()).isEmpty();
        assertThat(api.get("/samples/me", LadderTestInfrastructure.jwtIssuer().token(official))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theSweepReportsARouteThatAnswersDespiteABadToken() {
        ApiClient api = ApiClient.onPort(port);
        Map<String, String> badTokens = LadderTestInfrastructure.jwtIssuer().badTokens(TestUser.official());

        BadTokenSweep.Result result = BadTokenSweep.of(
                        api, List.of(new ApiOperation("GET", "/v3/api-docs", false)), badTokens)
                .run();

        assertThat(result.calls()).isEqualTo(11);
        assertThat(result.accepted()).containsExactly("none → GET /v3/api-docs answered 200");
    }
}
