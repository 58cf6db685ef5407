package cn.jinshan.ladder.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.BadTokenSweep;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, security item 2: every {@code /api/**} route of the service's own OpenAPI document, the live stream
 * included, refuses every kind of {@code TestJwtIssuer.badTokens} with a 401 {@code unauthorized} problem; a valid
 * token still works.
 */
class BadTokensIT extends PlatformIT {

    private static final String STREAM = "/api/notifications/stream";

    @Test
    void everyRouteRefusesEveryBadTokenWithAnUnauthorizedProblem() throws IOException {
        TestUser official = TestUser.official();
        BadTokenSweep sweep = BadTokenSweep.fromOpenApi(api(), issuer().badTokens(official))
                .withStreamingPaths(STREAM)
                .withIds(Map.of(), "some-id");

        BadTokenSweep.Result result = sweep.run().print("notification-service");

        assertThat(result.routes()).isGreaterThan(15);
        assertThat(sweep.routes()).anyMatch(route -> route.pathTemplate().equals(STREAM) && route.streaming());
        assertThat(result.kinds()).isEqualTo(11);
        assertThat(result.accepted()).isEmpty();
        assertThat(api().get("/api/notifications", tokenOf(official)).statusCode())
                .isEqualTo(200);
        assertThat(api().get("/api/admin/notification-rules", tokenOf(TestUser.admin()))
                        .statusCode())
                .isEqualTo(200);
        assertThat(streamStatus(tokenOf(official))).isEqualTo(200);
    }

    /** Opens the live stream with the token and closes it once the status is known. */
    private int streamStatus(String token) throws IOException {
        HttpRequest request = api().request(STREAM, token)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        HttpResponse<InputStream> response = api().send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }
}
