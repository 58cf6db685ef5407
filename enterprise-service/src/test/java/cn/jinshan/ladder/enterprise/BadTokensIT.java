package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.BadTokenSweep;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
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

        BadTokenSweep.Result result = BadTokenSweep.fromOpenApi(
                        api(), LadderTestInfrastructure.jwtIssuer().badTokens(user))
                .withIds(Map.of("id", firm, "year", "2024"), "1")
                .run()
                .print("enterprise-service");

        assertThat(result.routes()).isGreaterThan(15);
        assertThat(result.kinds()).isEqualTo(11);
        assertThat(result.accepted()).isEmpty();
        assertThat(api().get("/api/enterprises/" + firm, token(user)).statusCode())
                .isEqualTo(200);
    }
}
