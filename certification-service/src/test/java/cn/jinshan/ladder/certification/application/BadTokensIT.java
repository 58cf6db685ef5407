package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.kit.test.BadTokenSweep;
import cn.jinshan.ladder.kit.test.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, security item 2: every {@code /api/**} route of the service's own OpenAPI document refuses every kind of
 * {@code TestJwtIssuer.badTokens} with a 401 {@code unauthorized} problem; a valid token still works.
 */
class BadTokensIT extends CertificationIT {

    @Test
    void everyRouteRefusesEveryBadTokenWithAnUnauthorizedProblem() {
        TestUser official = TestUser.official();

        BadTokenSweep.Result result = BadTokenSweep.fromOpenApi(api(), issuer().badTokens(official))
                .withIds(Map.of(), "some-id")
                .run()
                .print("certification-service");

        assertThat(result.routes()).isGreaterThan(30);
        assertThat(result.kinds()).isEqualTo(11);
        assertThat(result.accepted()).isEmpty();
        assertThat(api().get("/api/programmes", token(official)).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/applications/queue", token(official)).statusCode())
                .isEqualTo(200);
    }
}
