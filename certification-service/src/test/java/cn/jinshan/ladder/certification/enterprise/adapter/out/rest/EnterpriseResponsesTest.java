package cn.jinshan.ladder.certification.enterprise.adapter.out.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.enterprise.application.EnterpriseSnapshot;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EnterpriseResponsesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final JsonNode PROFILE = JSON.readTree("""
            {"id":"91310116MA1J8K3L22","creditCode":"91310116MA1J8K3L22","legalName":"上海金鑫新材料科技有限公司",
             "town":"山阳镇","cluster":"新材料","activeProgrammes":["INNOVATIVE_SME"]}
            """);

    private static final JsonNode METRICS = JSON.readTree("""
            {"enterpriseId":"91310116MA1J8K3L22","years":[
              {"year":2023,"figures":{"revenue":2400,"mainBusinessRevenue":2200,"rdSpend":120,"rdRatio":5,"equityFinancing":100}},
              {"year":2025,"figures":{"revenue":3600,"mainBusinessRevenue":3240,"mainBusinessShare":90,"rdSpend":180,
                 "rdRatio":4,"debtRatio":45,"yearsInNiche":4,"patentsClassI":2,"qualityCertifications":["ISO9001"],
                 "digitalLevel":"二级","rdInstitutions":["上海市企业技术中心"],"awards":["上海市科技进步奖"],
                 "equityFinancing":300}},
              {"year":2024,"figures":{"revenue":3000,"mainBusinessRevenue":2700,"rdSpend":150,"rdRatio":5,
                 "equityFinancing":200}}],"history":[]}
            """);

    @Test
    void theLatestYearMapsByNameAndTheFirmsHoldingsBecomeFlags() {
        EnterpriseSnapshot snapshot = EnterpriseResponses.snapshot("91310116MA1J8K3L22", PROFILE, METRICS);

        assertThat(snapshot.year()).isEqualTo(2025);
        assertThat(snapshot.legalName()).isEqualTo("上海金鑫新材料科技有限公司");
        assertThat(snapshot.metrics())
                .containsEntry("revenue", new BigDecimal("3600"))
                .containsEntry("nicheYears", new BigDecimal("4"))
                .containsEntry("ipClass1", new BigDecimal("2"))
                .containsEntry("qualityItems", BigDecimal.ONE)
                .containsEntry("digitalLevel", BigDecimal.valueOf(2))
                .containsEntry("rdInstitutionLevel", BigDecimal.valueOf(3))
                .containsEntry("scienceAwardProvincial", BigDecimal.ONE)
                .containsEntry("holdsInnovativeSme", BigDecimal.ONE)
                .containsEntry("holdsSpecializedNew", BigDecimal.ZERO)
                .containsEntry("registeredInJinshan", BigDecimal.ONE);
    }

    @Test
    void multiYearMetricsAreDerivedFromTheReportedYears() {
        EnterpriseSnapshot snapshot = EnterpriseResponses.snapshot("91310116MA1J8K3L22", PROFILE, METRICS);

        assertThat(snapshot.metrics().get("mainBusinessGrowth")).isEqualByComparingTo("20");
        assertThat(snapshot.metrics().get("mainBusinessGrowth2yAvg")).isEqualByComparingTo("21.37");
        assertThat(snapshot.metrics().get("rdSpendMin2y")).isEqualByComparingTo("150");
        assertThat(snapshot.metrics().get("rdSpendTotal2y")).isEqualByComparingTo("330");
        assertThat(snapshot.metrics().get("rdRatioMin2y")).isEqualByComparingTo("4");
        assertThat(snapshot.metrics().get("revenueAvg3y")).isEqualByComparingTo("3000");
        assertThat(snapshot.metrics().get("revenueCagr2y")).isEqualByComparingTo("22.47");
        assertThat(snapshot.metrics().get("equityFinancing2y")).isEqualByComparingTo("500");
        assertThat(snapshot.metrics().get("equityFinancing3y")).isEqualByComparingTo("600");
    }

    @Test
    void aFirmWithoutReportedYearsHasOnlyItsProfileFlags() {
        EnterpriseSnapshot snapshot =
                EnterpriseResponses.snapshot("91310116MA1J8K3L22", PROFILE, JSON.readTree("{\"years\":[]}"));

        assertThat(snapshot.year()).isNull();
        assertThat(snapshot.metrics()).doesNotContainKey("revenue").containsKey("holdsInnovativeSme");
    }
}
