package cn.jinshan.ladder.enterprise.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.enterprise.Contracts;
import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.audit.AuditQuery;
import cn.jinshan.ladder.kit.audit.AuditRecord;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DepartureIT extends EnterpriseIntegrationTest {

    @Autowired
    AuditQuery audit;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aFirmThatLeftCountsAsAnExitNetDropsGrossStaysAndItLeavesTheDefaultList() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String firm = registerFirm("上海迁出测试有限公司");
        String certificate = UUID.randomUUID().toString();
        KafkaProbe.send(
                "certification.events",
                certificate,
                CohortIT.issued(certificate, firm, today.minusDays(20), Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> firms("scope=NET").contains(firm));
        JsonNode before = cohort(null);
        JsonNode yesterday = cohort(today.minusDays(1).toString());

        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            var left = api().post(
                            "/api/enterprises/" + firm + "/departure", official(), """
                            {"date":"%s","reason":"MOVED_OUT","note":"迁至平湖"}
                            """.formatted(today.minusDays(2)));
            assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
            assertThat(ApiClient.json(left).get("status").asString()).isEqualTo("LEFT");

            ConsumerRecord<String, String> event = leftEvent(probe, firm);
            assertThat(Contracts.violations(event.value())).isEmpty();
            JsonNode payload = JSON.readTree(event.value()).get("payload");
            assertThat(payload.get("leftOn").asString())
                    .isEqualTo(today.minusDays(2).toString());
            assertThat(payload.get("reason").asString()).isEqualTo("MOVED_OUT");
        }

        JsonNode after = cohort(null);
        assertThat(after.get("net").asLong()).isEqualTo(before.get("net").asLong() - 1);
        assertThat(after.get("gross").asLong()).isEqualTo(before.get("gross").asLong());
        assertThat(firms("scope=LEFT")).contains(firm);
        assertThat(cohort(today.minusDays(1).toString()))
                .as("recorded today: the figure as of yesterday is reproduced unchanged")
                .isEqualTo(yesterday);

        assertThat(listed("q=" + firm)).isEmpty();
        assertThat(listed("q=" + firm + "&status=LEFT")).containsExactly(firm);
        var again = api().post("/api/enterprises/" + firm + "/departure", official(), """
                        {"date":"%s","reason":"DEREGISTERED"}
                        """.formatted(today));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(audit.byObject("enterprise", firm))
                .filteredOn(record -> record.action().equals("enterprise.depart"))
                .extracting(AuditRecord::outcome)
                .containsExactlyInAnyOrder(AuditOutcome.SUCCEEDED, AuditOutcome.FAILED);
    }

    @Test
    void badDeparturesAreNamedAndOnlyOfficialsRecordThem() {
        String firm = registerFirm("上海迁出校验有限公司");
        String path = "/api/enterprises/" + firm + "/departure";

        var future = api().post(path, official(), "{\"date\":\"2999-01-01\",\"reason\":\"MOVED_OUT\"}");
        var reason = api().post(path, official(), "{\"date\":\"2026-01-01\",\"reason\":\"VANISHED\"}");
        var date = api().post(path, official(), "{\"date\":\"yesterday\",\"reason\":\"MOVED_OUT\"}");
        var specialist =
                api().post(path, token(TestUser.specialist("x")), "{\"date\":\"2026-01-01\",\"reason\":\"MOVED_OUT\"}");

        assertThat(ApiClient.json(future).get("errors").findValuesAsString("rule"))
                .contains("notFuture");
        assertThat(ApiClient.json(reason).get("errors").findValuesAsString("field"))
                .contains("reason");
        assertThat(ApiClient.json(date).get("errors").findValuesAsString("field"))
                .contains("date");
        assertThat(specialist.statusCode()).isIn(403, 404);
        assertThat(ApiClient.json(api().get("/api/enterprises/" + firm, official()))
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
    }

    private List<String> listed(String query) {
        List<String> ids = new ArrayList<>();
        ApiClient.json(api().get("/api/enterprises?" + query, official()))
                .get("items")
                .forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private JsonNode cohort(String asOf) {
        var response = api().get(
                        "/api/cohorts?indicator=SPECIALIZED_NEW&period=15th-fyp"
                                + (asOf == null ? "" : "&asOf=" + asOf),
                        official());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).get(0);
    }

    private List<String> firms(String query) {
        List<String> firms = new ArrayList<>();
        ApiClient.json(api().get("/api/cohorts/SPECIALIZED_NEW/firms?period=15th-fyp&" + query, official()))
                .get("firms")
                .forEach(f -> firms.add(f.get("firm").asString()));
        return firms;
    }

    private static ConsumerRecord<String, String> leftEvent(KafkaProbe probe, String firm) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : probe.poll(Duration.ofMillis(500))) {
                if (firm.equals(r.key()) && r.value().contains("enterprise.EnterpriseLeftDistrict")) {
                    return r;
                }
            }
        }
        throw new AssertionError("no EnterpriseLeftDistrict for " + firm);
    }
}
