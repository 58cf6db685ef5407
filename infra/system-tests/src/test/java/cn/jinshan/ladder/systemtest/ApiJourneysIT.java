package cn.jinshan.ladder.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The registry's promises checked through the gateway with tokens from the real Keycloak. */
@Order(2)
@ExtendWith(SharedStack.class)
class ApiJourneysIT {

    private static final String JINXIN = "91310116MA1J8K3L22";
    private static final String FENGTAI = "91310116MA1H9P4Q57";

    @Test
    void aBadCreditCodeIsRefusedNamingTheRule() {
        HttpResponse<String> refused = Api.as("official")
                .call(
                        "POST",
                        "/api/enterprises",
                        Map.of("creditCode", "91310116MA1J8K3L23", "legalName", "上海校验失败有限公司", "town", "朱泾镇"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode error = Api.JSON.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("creditCode");
        assertThat(error.get("rule").asString()).isEqualTo("checksum");
    }

    @Test
    void anOfficialRegistersAndVerifiesFiguresThatOnlyThatFirmAndOfficialsRead() {
        Api official = Api.as("official");
        String code = CreditCodes.random();
        official.post("/api/enterprises", Map.of("creditCode", code, "legalName", "上海系统测试精密有限公司", "town", "亭林镇"));
        official.put(
                "/api/enterprises/" + code + "/metrics/2025",
                Map.of("revenue", 5200, "mainBusinessRevenue", 4800, "employees", 120, "rdSpend", 260, "rdRatio", 5));

        JsonNode years = official.get("/api/enterprises/" + code + "/metrics").get("years");
        Api jinxin = Api.as("firm.jinxin");

        assertThat(years.get(0).get("source").asString()).isEqualTo("VERIFIED");
        assertThat(jinxin.get("/api/enterprises/" + JINXIN).toString()).contains(JINXIN);
        assertThat(jinxin.call("GET", "/api/enterprises/" + FENGTAI, null).statusCode())
                .isEqualTo(404);
        assertThat(jinxin.call("GET", "/api/enterprises/" + code + "/metrics", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(jinxin.call("PUT", "/api/enterprises/" + code + "/metrics/2025", Map.of("revenue", 1))
                        .statusCode())
                .isEqualTo(404);
        assertThat(official.get("/api/enterprises/" + code + "/metrics").get("years"))
                .isEqualTo(years);
    }

    @Test
    void theLadderShowsHoldingsRungAndHistoryAndTheSpecialistSeesThePortfolio() {
        JsonNode ladder = Api.as("official").get("/api/enterprises/" + JINXIN + "/ladder");
        JsonNode portfolio = Api.as("specialist.li").get("/api/enterprises?specialist=me&size=100");

        assertThat(ladder.get("rung").asString()).isNotBlank();
        assertThat(ladder.get("holdings").isArray()).isTrue();
        assertThat(ladder.get("history").size()).isPositive();
        assertThat(portfolio.get("items").toString()).contains(JINXIN).doesNotContain(FENGTAI);
    }
}
