package cn.jinshan.ladder.enterprise.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.enterprise.MovableClock;
import cn.jinshan.ladder.enterprise.cohort.application.FactStore;
import cn.jinshan.ladder.enterprise.demo.application.SeededDistrict;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

class CohortIT extends EnterpriseIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    FactStore facts;

    @Autowired
    MovableClock clock;

    @BeforeEach
    void district() {
        SeededDistrict.seed(context);
    }

    @Test
    void theFiguresOnTheSeededDistrictEqualAnIndependentCountOverHoldingsAndFlags() {
        for (Indicator indicator : Indicator.values()) {
            IndependentCount expected =
                    new IndependentCount(indicator, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
            enterprises.forEachEnterprise(expected::add);
            JsonNode cohort = cohort(indicator, "14th-fyp", null);

            assertThat(cohort.get("gross").asLong()).as(indicator + " gross").isEqualTo(expected.gross.size());
            assertThat(cohort.get("net").asLong()).as(indicator + " net").isEqualTo(expected.net.size());
            assertThat(firms(indicator, "scope=NET"))
                    .as(indicator + " net firms")
                    .isEqualTo(List.copyOf(expected.net));
            assertThat(firms(indicator, "scope=GROSS")).hasSize(expected.gross.size());
            long byYear = 0;
            for (JsonNode cell : cohort.get("byYear")) {
                byYear += cell.get("gross").asLong();
                assertThat(firms(
                                indicator, "scope=GROSS&year=" + cell.get("key").asString()))
                        .hasSize(cell.get("gross").asInt());
            }
            assertThat(byYear).isEqualTo(expected.gross.size());
            for (JsonNode cell : cohort.get("byTown")) {
                assertThat(firms(indicator, "scope=NET&town=" + cell.get("key").asString()))
                        .hasSize(cell.get("net").asInt());
            }
            if (indicator == Indicator.LISTED) {
                assertThat(cohort.get("stock").asLong()).isEqualTo(expected.stock.size());
                assertThat(firms(indicator, "scope=STOCK")).isEqualTo(List.copyOf(expected.stock));
            }
        }
        assertThat(cohort(Indicator.SPECIALIZED_NEW, "14th-fyp", null)
                        .get("gross")
                        .asLong())
                .isPositive();
    }

    @Test
    void anApprovalRaisesTheCountARevocationLowersNetAndTheDayBeforeKeepsTheOldFigure() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String yesterday = today.minusDays(1).toString();
        String earlier = registerFirm("上海早认定有限公司");
        String approved = registerFirm("上海新认定有限公司");
        String earlierCertificate = UUID.randomUUID().toString();
        clock.shift(Duration.ofDays(-3));
        try {
            KafkaProbe.send(
                    "certification.events",
                    earlierCertificate,
                    issued(
                            earlierCertificate,
                            earlier,
                            today.minusDays(3),
                            Instant.now().minus(Duration.ofDays(3))));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !facts.firm(earlier).facts().isEmpty());
        } finally {
            clock.reset();
        }
        JsonNode before = cohort(Indicator.SPECIALIZED_NEW, "15th-fyp", null);
        JsonNode beforeYesterday = cohort(Indicator.SPECIALIZED_NEW, "15th-fyp", yesterday);
        assertThat(firms(Indicator.SPECIALIZED_NEW, "period=15th-fyp&asOf=" + yesterday))
                .contains(earlier);

        String certificate = UUID.randomUUID().toString();
        KafkaProbe.send("certification.events", certificate, issued(certificate, approved, today, Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> cohort(Indicator.SPECIALIZED_NEW, "15th-fyp", null)
                                .get("gross")
                                .asLong()
                        == before.get("gross").asLong() + 1);
        JsonNode after = cohort(Indicator.SPECIALIZED_NEW, "15th-fyp", null);
        assertThat(after.get("net").asLong()).isEqualTo(before.get("net").asLong() + 1);
        assertThat(firms(Indicator.SPECIALIZED_NEW, "period=15th-fyp&town=山阳镇")).contains(approved);
        assertThat(cohort(Indicator.SPECIALIZED_NEW, "15th-fyp", yesterday)).isEqualTo(beforeYesterday);

        KafkaProbe.send(
                "certification.events", earlierCertificate, revoked(earlierCertificate, earlier, Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> cohort(Indicator.SPECIALIZED_NEW, "15th-fyp", null)
                                .get("net")
                                .asLong()
                        == after.get("net").asLong() - 1);
        JsonNode revokedNow = cohort(Indicator.SPECIALIZED_NEW, "15th-fyp", null);
        assertThat(revokedNow.get("gross").asLong())
                .isEqualTo(after.get("gross").asLong());
        assertThat(firms(Indicator.SPECIALIZED_NEW, "period=15th-fyp&scope=LEFT"))
                .contains(earlier);
        assertThat(cohort(Indicator.SPECIALIZED_NEW, "15th-fyp", yesterday)).isEqualTo(beforeYesterday);
    }

    @Test
    void badParametersAreNamedAndOnlyDistrictWideRolesRead() {
        var future = api().get("/api/cohorts?asOf=2999-01-01", official());
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(future).get("errors").findValuesAsString("rule"))
                .contains("notFuture");
        var indicator = api().get("/api/cohorts?indicator=GDP", official());
        assertThat(ApiClient.json(indicator).get("errors").findValuesAsString("field"))
                .contains("indicator");
        var year = api().get("/api/cohorts/SPECIALIZED_NEW/firms?period=14th-fyp&year=2030", official());
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(api().get("/api/cohorts", token(TestUser.enterprise("91310116MA1J8K3L22")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().post("/api/cohorts/rebuild", official(), "").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aRebuildReproducesTheSameFigures() {
        List<JsonNode> before = new ArrayList<>();
        ApiClient.json(api().get("/api/cohorts?period=14th-fyp", official())).forEach(before::add);
        JsonNode rebuilt = Rebuilds.runToEnd(api(), token(TestUser.admin()));
        assertThat(rebuilt.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(rebuilt.get("firms").asLong()).isGreaterThanOrEqualTo(300);
        List<JsonNode> after = new ArrayList<>();
        ApiClient.json(api().get("/api/cohorts?period=14th-fyp", official())).forEach(after::add);
        assertThat(after).isEqualTo(before);
    }

    private JsonNode cohort(Indicator indicator, String period, String asOf) {
        String query =
                "/api/cohorts?indicator=" + indicator + "&period=" + period + (asOf == null ? "" : "&asOf=" + asOf);
        var response = api().get(query, official());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).get(0);
    }

    private List<String> firms(Indicator indicator, String query) {
        String path =
                "/api/cohorts/" + indicator + "/firms?" + (query.contains("period=") ? "" : "period=14th-fyp&") + query;
        var response = api().get(path, official());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = ApiClient.json(response);
        List<String> firms = new ArrayList<>();
        body.get("firms").forEach(f -> firms.add(f.get("firm").asString()));
        assertThat(body.get("count").asInt()).isEqualTo(firms.size());
        return firms.stream().sorted().toList();
    }

    static String issued(String certificate, String firm, LocalDate announced, Instant at) {
        return event("certification.CertificateIssued", certificate, firm, announced, at, "");
    }

    static String revoked(String certificate, String firm, Instant at) {
        return event("certification.CertificateRevoked", certificate, firm, null, at, "弄虚作假");
    }

    private static String event(
            String type, String certificate, String firm, LocalDate announced, Instant at, String reason) {
        String dates = announced == null
                ? ""
                : """
                "validFrom":"%s","validUntil":"%s","announcedOn":"%s",""".formatted(announced, announced.plusYears(3).minusDays(1), announced);
        return """
                {"eventId":"%s","type":"%s","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"certificateId":"%s","enterpriseId":"%s","programme":"SPECIALIZED_NEW","level":"MUNICIPAL",
                  %s"ruleVersion":"MIIT-2026-2","reason":"%s"}}
                """.formatted(UUID.randomUUID(), type, at, certificate, certificate, firm, dates, reason);
    }
}
