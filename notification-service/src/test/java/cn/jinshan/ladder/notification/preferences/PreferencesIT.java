package cn.jinshan.ladder.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PreferencesIT extends PlatformIT {

    @Test
    void aNewUserHasTheDefaultsAndCanChangeThem() {
        String token = tokenOf(TestUser.specialist(UUID.randomUUID().toString()));

        JsonNode defaults = ApiClient.json(api().get("/api/preferences", token));
        assertThat(defaults.get("quietHours").get("start").asString()).isEqualTo("22:00");
        assertThat(defaults.get("quietHours").get("end").asString()).isEqualTo("08:00");
        assertThat(defaults.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(defaults.get("criticalBypassesQuietHours").asBoolean()).isTrue();

        HttpResponse<String> saved = api().put("/api/preferences", token, """
                {"channels":{"PORTFOLIO":["INBOX"]},"quietHours":{"enabled":true,"start":"21:30","end":"07:00"},
                 "criticalBypassesQuietHours":false,"dailyDigest":true}""");

        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode again = ApiClient.json(api().get("/api/preferences", token));
        assertThat(again.get("channels").get("PORTFOLIO").valueStream().map(JsonNode::asString))
                .containsExactly("INBOX");
        assertThat(again.get("quietHours").get("start").asString()).isEqualTo("21:30");
        assertThat(again.get("criticalBypassesQuietHours").asBoolean()).isFalse();
        assertThat(again.get("dailyDigest").asBoolean()).isTrue();
    }

    @Test
    void badPreferencesAreAProblemNamingEachField() {
        String token = tokenOf(TestUser.official());

        HttpResponse<String> response = api().put("/api/preferences", token, """
                {"channels":{"GOSSIP":["INBOX"],"REVIEW":["PIGEON"]},"quietHours":{"start":"25:00","end":"7"}}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("channels.GOSSIP", "channels.REVIEW", "quietHours.start", "quietHours.end");
    }
}
