package cn.jinshan.ladder.enterprise.targets;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TargetIT extends EnterpriseIntegrationTest {

    @Test
    void theFourteenthPlanIsSeededFromTableOne() {
        JsonNode periods = ApiClient.json(api().get("/api/targets", official()));
        assertThat(periods.findValuesAsString("id")).containsSubsequence("14th-fyp", "15th-fyp");
        JsonNode fourteenth = ApiClient.json(api().get("/api/targets/14th-fyp", official()));
        assertThat(fourteenth.get("startYear").asInt()).isEqualTo(2021);
        assertThat(total(fourteenth, "SPECIALIZED_NEW")).isEqualTo(100);
        assertThat(total(fourteenth, "LISTED")).isEqualTo(200);
        assertThat(total(fourteenth, "HEADQUARTERS")).isEqualTo(10);
        TestUser specialist = new TestUser(UUID.randomUUID().toString(), "specialist.li", List.of("SPECIALIST"), null);
        assertThat(api().get("/api/targets/15th-fyp", token(specialist)).statusCode())
                .isEqualTo(200);
        assertThat(api().get("/api/targets", token(TestUser.enterprise("91310116MA1J8K3L22")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/targets/13th-fyp", official()).statusCode()).isEqualTo(404);
    }

    @Test
    void anAdminSetsTheFifteenthPlansTargetsWithYearlyAndTownGoals() {
        String body = """
                {"total":120,"yearly":{"2026":20,"2027":25},"byTown":{"山阳镇":30}}""";
        assertThat(api().put("/api/targets/15th-fyp/SPECIALIZED_NEW", official(), body)
                        .statusCode())
                .isEqualTo(403);
        String admin = token(TestUser.admin());
        assertThat(api().put("/api/targets/15th-fyp/SPECIALIZED_NEW", admin, body)
                        .statusCode())
                .isEqualTo(200);
        JsonNode fifteenth = ApiClient.json(api().get("/api/targets/15th-fyp", official()));
        assertThat(total(fifteenth, "SPECIALIZED_NEW")).isEqualTo(120);
        JsonNode target = target(fifteenth, "SPECIALIZED_NEW");
        assertThat(target.get("yearly").get("2027").asInt()).isEqualTo(25);
        assertThat(target.get("byTown").get("山阳镇").asInt()).isEqualTo(30);

        var outside = api().put("/api/targets/15th-fyp/SPECIALIZED_NEW", admin, """
                {"total":120,"yearly":{"2031":20}}""");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(outside).get("errors").findValuesAsString("field"))
                .contains("yearly.2031");
        var unknown = api().put("/api/targets/15th-fyp/GDP", admin, "{\"total\":1}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknown).get("errors").findValuesAsString("rule"))
                .contains("oneOf");
    }

    private static int total(JsonNode period, String indicator) {
        return target(period, indicator).get("total").asInt();
    }

    private static JsonNode target(JsonNode period, String indicator) {
        for (JsonNode target : period.get("targets")) {
            if (target.get("indicator").asString().equals(indicator)) {
                return target;
            }
        }
        throw new AssertionError("no target " + indicator);
    }
}
