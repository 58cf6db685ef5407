package cn.jinshan.ladder.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.digest.application.DailyDigest;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.Inboxes;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DigestIT extends PlatformIT {

    @Autowired
    DailyDigest digest;

    @AfterEach
    void restore() {
        clock.reset();
    }

    @Test
    void aSpecialistWhoChoseADigestGetsOneADayAtTheirHourSummarisingWhatIsUnread() {
        TestUser li = TestUser.specialist(UUID.randomUUID().toString(), "specialist." + UUID.randomUUID());
        HttpResponse<String> chosen = api().put("/api/preferences", tokenOf(li), """
                {"dailyDigest":true,"digestHour":18}""");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(ApiClient.json(chosen).get("digestHour").asInt()).isEqualTo(18);
        String first = registerFirmOf(li);
        registerFirmOf(li);
        String read = registerFirmOf(li);
        assertThat(api().post("/api/notifications/" + read + "/read", tokenOf(li), "")
                        .statusCode())
                .isEqualTo(200);

        clock.setToShanghaiTime(LocalTime.of(17, 59));
        digest.sendDue();
        assertThat(digestsOf(li)).isEmpty();

        clock.setToShanghaiTime(LocalTime.of(18, 0, 30));
        digest.sendDue();
        digest.sendDue();

        List<JsonNode> digests = digestsOf(li);
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).get("title").asString()).isEqualTo("每日摘要：2 条未读通知");
        assertThat(digests.get(0).get("category").asString()).isEqualTo("SYSTEM");
        assertThat(new Inboxes(api()).item(li, first)).isPresent();

        clock.advance(Duration.ofDays(1));
        digest.sendDue();
        assertThat(digestsOf(li)).hasSize(2);
    }

    @Test
    void aDigestHourOutsideTheDayIsABadRequestNamingTheField() {
        HttpResponse<String> response = api().put(
                        "/api/preferences",
                        tokenOf(TestUser.specialist(UUID.randomUUID().toString())),
                        """
                        {"dailyDigest":true,"digestHour":24}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ApiClient.json(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("digestHour");
        assertThat(error.get("rule").asString()).isEqualTo("range");
    }

    private List<JsonNode> digestsOf(TestUser user) {
        return new Inboxes(api())
                .items(user).stream()
                        .filter(item -> item.get("eventType").asString().equals("notification.DailyDigest"))
                        .toList();
    }

    private String registerFirmOf(TestUser specialist) {
        String enterpriseId = ContractEvents.newCreditCode();
        ContractEvents.Built event = ContractEvents.from(
                "enterprise.EnterpriseRegistered",
                1,
                enterpriseId,
                Map.of("enterpriseId", enterpriseId, "creditCode", enterpriseId, "specialistId", specialist.subject()));
        KafkaProbe.send("enterprise.events", enterpriseId, event.json());
        String id = Notification.idFor(event.eventId(), "user:" + specialist.subject());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> new Inboxes(api()).item(specialist, id).isPresent());
        return id;
    }
}
