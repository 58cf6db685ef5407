package cn.jinshan.ladder.notification.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads a user's inbox through the API. */
public final class Inboxes {

    private final ApiClient api;

    public Inboxes(ApiClient api) {
        this.api = api;
    }

    public JsonNode page(TestUser user, String query) {
        HttpResponse<String> response = api.get(
                "/api/notifications" + query,
                LadderTestInfrastructure.jwtIssuer().token(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    public List<JsonNode> items(TestUser user) {
        List<JsonNode> items = new ArrayList<>();
        page(user, "?size=100").get("items").forEach(items::add);
        return items;
    }

    public Optional<JsonNode> item(TestUser user, String id) {
        return items(user).stream()
                .filter(item -> id.equals(item.get("id").asString()))
                .findFirst();
    }
}
