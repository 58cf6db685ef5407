package cn.jinshan.ladder.enterprise.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GoalsIT extends EnterpriseIntegrationTest {

    @Test
    void yearlyGoalsSetTheExpectationAndTownGoalsAreComparedWithTheTownsFigures() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        var saved = api().put("/api/targets/15th-fyp/HEADQUARTERS", token(TestUser.admin()), """
                        {"total":10,"yearly":{"%d":4},"byTown":{"山阳镇":3,"亭林镇":2}}
                        """.formatted(year));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String firm = registerFirm("上海总部目标测试有限公司");
        String certificate = UUID.randomUUID().toString();
        KafkaProbe.send(
                "certification.events",
                certificate,
                CohortIT.issued(certificate, firm, today, Instant.now()).replace("SPECIALIZED_NEW", "HEADQUARTERS"));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        town(headquarters().get("towns"), "山阳镇").get("achieved").asLong() >= 1);

        JsonNode row = headquarters();
        JsonNode progress = row.get("progress");
        assertThat(progress.get("expectedBasis").asString()).isEqualTo("YEARLY");
        double share = (ChronoUnit.DAYS.between(LocalDate.of(year, 1, 1), today) + 1) / (double) today.lengthOfYear();
        assertThat(progress.get("expectedByNow").asDouble())
                .isCloseTo(4 * share, org.assertj.core.data.Offset.offset(0.01));
        JsonNode shanyang = town(row.get("towns"), "山阳镇");
        assertThat(shanyang.get("goal").asInt()).isEqualTo(3);
        assertThat(shanyang.get("achieved").asLong())
                .isEqualTo(
                        town(row.get("cohort").get("byTown"), "山阳镇").get("net").asLong());
        assertThat(shanyang.get("expectedByNow").asDouble())
                .isCloseTo(
                        progress.get("expectedByNow").asDouble() * 3 / 10, org.assertj.core.data.Offset.offset(0.001));
        assertThat(town(row.get("towns"), "亭林镇").get("goal").asInt()).isEqualTo(2);
    }

    private static JsonNode town(JsonNode list, String town) {
        for (JsonNode entry : list) {
            if (town.equals(
                    entry.has("town")
                            ? entry.get("town").asString()
                            : entry.get("key").asString())) {
                return entry;
            }
        }
        throw new AssertionError("no " + town + " in " + list);
    }

    private JsonNode headquarters() {
        for (JsonNode row : ApiClient.json(api().get("/api/cohorts/dashboard?period=15th-fyp", official()))) {
            if (row.get("cohort").get("indicator").asString().equals("HEADQUARTERS")) {
                return row;
            }
        }
        throw new AssertionError("no HEADQUARTERS row");
    }
}
