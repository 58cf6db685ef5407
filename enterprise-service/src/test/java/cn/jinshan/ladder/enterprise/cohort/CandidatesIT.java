package cn.jinshan.ladder.enterprise.cohort;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.kit.test.ApiClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CandidatesIT extends EnterpriseIntegrationTest {

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    @AfterEach
    void fresh() {
        CERTIFICATION_SERVICE.resetAll();
        circuitBreakers.circuitBreaker("certification-service").reset();
    }

    @Test
    void theDashboardCountsCandidatesPerProgrammeRelayingTheCallersTokenAndTheFunnelStartsAtEligible() {
        candidates("SPECIALIZED_NEW", 3);
        candidates("TECH_CENTER_DISTRICT", 2);
        candidates("TECH_CENTER_MUNICIPAL", 1);
        candidates("HEADQUARTERS", 0);
        String token = official();

        Map<String, JsonNode> rows = dashboard(token);

        JsonNode specialized = rows.get("SPECIALIZED_NEW").get("candidates");
        assertThat(specialized.get("status").asString()).isEqualTo("available");
        assertThat(specialized.get("byProgramme").get("SPECIALIZED_NEW").asLong())
                .isEqualTo(3);
        JsonNode tech = rows.get("TECH_CENTER").get("candidates");
        assertThat(tech.get("total").asLong()).isEqualTo(3);
        assertThat(tech.get("byProgramme").has("TECH_CENTER_NATIONAL")).isFalse();
        assertThat(rows.get("ABOVE_SCALE").get("candidates").get("total").asLong())
                .isZero();
        CERTIFICATION_SERVICE.verify(getRequestedFor(urlPathEqualTo("/api/eligibility/candidates"))
                .withHeader("Authorization", equalTo("Bearer " + token)));

        JsonNode funnel = ApiClient.json(api().get("/api/cohorts/funnel?programme=SPECIALIZED_NEW", token));
        long applied = funnel.get("applied").asLong();
        assertThat(funnel.get("eligible").asLong()).isEqualTo(3 + applied);
        assertThat(funnel.get("candidates")
                        .get("byProgramme")
                        .get("SPECIALIZED_NEW")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void certificationServiceDownLeavesTheDashboardUpAndSaysWhy() {
        CERTIFICATION_SERVICE.stubFor(get(urlPathEqualTo("/api/eligibility/candidates"))
                .willReturn(aResponse().withStatus(503)));

        Map<String, JsonNode> rows = dashboard(official());

        JsonNode candidates = rows.get("SPECIALIZED_NEW").get("candidates");
        assertThat(candidates.get("status").asString()).isEqualTo("unavailable");
        assertThat(candidates.get("reason").asString()).contains("503");
        assertThat(rows.get("SPECIALIZED_NEW").get("progress").get("target").asInt())
                .isEqualTo(100);
        JsonNode funnel = ApiClient.json(api().get("/api/cohorts/funnel?programme=SPECIALIZED_NEW", official()));
        assertThat(funnel.get("eligible").isNull()).isTrue();
        assertThat(funnel.get("candidates").get("status").asString()).isEqualTo("unavailable");
        assertThat(funnel.has("applied")).isTrue();
    }

    @Test
    void aSlowCertificationServiceTimesOutWithinBoundsAndTheDashboardStillAnswers() {
        CERTIFICATION_SERVICE.stubFor(get(urlPathEqualTo("/api/eligibility/candidates"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[]")
                        .withFixedDelay(1500)));

        Instant start = Instant.now();
        Map<String, JsonNode> rows = dashboard(official());

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        JsonNode candidates = rows.get("HEADQUARTERS").get("candidates");
        assertThat(candidates.get("status").asString()).isEqualTo("unavailable");
        assertThat(candidates.get("reason").asString()).contains("in time");
    }

    @Test
    void candidatesAreOfferedForTodayOnly() {
        candidates("SPECIALIZED_NEW", 3);

        Map<String, JsonNode> rows = new HashMap<>();
        ApiClient.json(api().get("/api/cohorts/dashboard?period=14th-fyp&asOf=2025-06-30", official()))
                .forEach(row -> rows.put(row.get("cohort").get("indicator").asString(), row));

        assertThat(rows.get("SPECIALIZED_NEW").get("candidates").get("reason").asString())
                .contains("today only");
        CERTIFICATION_SERVICE.verify(0, getRequestedFor(urlPathEqualTo("/api/eligibility/candidates")));
    }

    private Map<String, JsonNode> dashboard(String token) {
        Map<String, JsonNode> rows = new HashMap<>();
        var response = api().get("/api/cohorts/dashboard?period=14th-fyp", token);
        assertThat(response.statusCode()).isEqualTo(200);
        ApiClient.json(response)
                .forEach(row -> rows.put(row.get("cohort").get("indicator").asString(), row));
        return rows;
    }

    private static void candidates(String programme, int count) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("""
                    {"enterpriseId":"9131011600000000%02d","legalName":"候选%d","town":"山阳镇","ruleVersion":"R",
                     "score":80,"directRoute":null}""".formatted(i, i));
        }
        CERTIFICATION_SERVICE.stubFor(get(urlPathEqualTo("/api/eligibility/candidates"))
                .withQueryParam("programme", equalTo(programme))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(body.append("]").toString())));
    }
}
