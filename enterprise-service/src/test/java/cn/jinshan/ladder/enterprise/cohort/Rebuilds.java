package cn.jinshan.ladder.enterprise.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/** Starts a cohort rebuild job through the API and follows its status resource until it has ended. */
public final class Rebuilds {

    private Rebuilds() {}

    /** POST /api/cohorts/rebuild (asserting 202 and a Location), then polls the job; returns its last state. */
    public static JsonNode runToEnd(ApiClient api, String adminToken) {
        HttpResponse<String> started = api.post("/api/cohorts/rebuild", adminToken, "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .isEqualTo("/api/cohorts/rebuilds/"
                        + ApiClient.json(started).get("id").asString());
        return followToEnd(api, adminToken, location);
    }

    /** Polls a job's status resource until it is SUCCEEDED or FAILED. */
    public static JsonNode followToEnd(ApiClient api, String adminToken, String location) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    HttpResponse<String> status = api.get(location, adminToken);
                    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
                    last.set(ApiClient.json(status));
                    String state = last.get().get("state").asString();
                    return state.equals("SUCCEEDED") || state.equals("FAILED");
                });
        return last.get();
    }
}
