package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProfileAndMetricsIT extends EnterpriseIntegrationTest {

    @Test
    void anOfficialRevisesTheProfileAndEnterpriseUpdatedIsPublished() {
        String code = registerFirm("上海修订前有限公司");
        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            HttpResponse<String> patched = api().patch("/api/enterprises/" + code, official(), """
                            {"legalName":"上海修订后有限公司","park":"湾区生物医药港","aboveScale":true,
                             "aboveScaleSince":"2024-03-01"}
                            """);

            assertThat(patched.statusCode()).isEqualTo(200);
            JsonNode body = ApiClient.json(patched);
            assertThat(body.get("legalName").asString()).isEqualTo("上海修订后有限公司");
            assertThat(body.get("town").asString()).isEqualTo("山阳镇");
            assertThat(body.get("aboveScale").asBoolean()).isTrue();
            ConsumerRecord<String, String> updated = RegistrationIT.awaitRecords(probe, code, 2).stream()
                    .filter(r -> r.value().contains("enterprise.EnterpriseUpdated"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Contracts.violations(updated.value())).isEmpty();
            assertThat(updated.value()).contains("\"changedFields\":[\"legalName\",\"park\",\"aboveScale\"");
        }
    }

    @Test
    void aFirmUserChangesOnlyItsOwnContacts() {
        String code = registerFirm("上海联系人有限公司");
        String firm = token(TestUser.enterprise(code));

        HttpResponse<String> contacts = api().patch(
                        "/api/enterprises/" + code,
                        firm,
                        "{\"contacts\":[{\"userId\":\"u-1\",\"name\":\"王经理\",\"phone\":\"021-57000000\"}]}");
        HttpResponse<String> name = api().patch("/api/enterprises/" + code, firm, "{\"legalName\":\"改名\"}");
        HttpResponse<String> other =
                api().patch("/api/enterprises/" + registerFirm("上海他家有限公司"), firm, "{\"contacts\":[]}");

        assertThat(contacts.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(contacts).get("contacts").get(0).get("name").asString())
                .isEqualTo("王经理");
        assertThat(name.statusCode()).isEqualTo(403);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(api().get("/api/enterprises/" + code, official()))
                        .get("legalName")
                        .asString())
                .isEqualTo("上海联系人有限公司");
    }

    @Test
    void figuresKeepTheirSourceAndAHistoryOfChanges() {
        String code = registerFirm("上海指标有限公司");
        int year = Year.now().getValue() - 1;
        String firm = token(TestUser.enterprise(code));

        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            HttpResponse<String> forgedSource = api().put(
                            "/api/enterprises/" + code + "/metrics/" + year,
                            firm,
                            "{\"revenue\":12000,\"rdSpend\":480,\"rdRatio\":4.0,\"employees\":150,\"source\":\"VERIFIED\"}");
            assertThat(forgedSource.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(forgedSource).get("errors").findValuesAsString("field"))
                    .contains("source");
            HttpResponse<String> declared = api().put(
                            "/api/enterprises/" + code + "/metrics/" + year,
                            firm,
                            "{\"revenue\":12000,\"rdSpend\":480,\"rdRatio\":4.0,\"employees\":150}");
            assertThat(declared.statusCode()).isEqualTo(200);
            JsonNode first = ApiClient.json(declared).get("years").get(0);
            assertThat(first.get("source").asString()).isEqualTo("SELF_DECLARED");

            HttpResponse<String> verified = api().put(
                            "/api/enterprises/" + code + "/metrics/" + year,
                            official(),
                            "{\"revenue\":12500,\"rdSpend\":480,\"rdRatio\":3.84,\"employees\":150}");
            JsonNode view = ApiClient.json(verified);
            assertThat(view.get("years").get(0).get("source").asString()).isEqualTo("VERIFIED");
            JsonNode revenueChange = findChange(view.get("history"), "revenue", "12500");
            assertThat(revenueChange.get("oldValue").asString()).isEqualTo("12000");
            assertThat(revenueChange.get("changedBy").asString()).isEqualTo("official");

            List<ConsumerRecord<String, String>> reported = RegistrationIT.awaitRecords(probe, code, 3).stream()
                    .filter(r -> r.value().contains("enterprise.MetricsReported"))
                    .toList();
            assertThat(reported).hasSize(2);
            reported.forEach(r -> assertThat(Contracts.violations(r.value())).isEmpty());
        }
        HttpResponse<String> same = api().put(
                        "/api/enterprises/" + code + "/metrics/" + year,
                        official(),
                        "{\"revenue\":12500.00,\"rdSpend\":480,\"rdRatio\":3.840,\"employees\":150}");
        assertThat(ApiClient.json(same).get("history").size())
                .isEqualTo(ApiClient.json(api().get("/api/enterprises/" + code + "/metrics", official()))
                        .get("history")
                        .size());
    }

    @Test
    void implausibleFiguresAreRejectedFieldByField() {
        String code = registerFirm("上海校验有限公司");
        int future = Year.now().getValue() + 1;

        HttpResponse<String> response = api().put(
                        "/api/enterprises/" + code + "/metrics/" + future,
                        official(),
                        "{\"revenue\":-5,\"rdRatio\":120,\"debtRatio\":-1,\"employees\":10,\"rdStaff\":11}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = ApiClient.json(response).get("errors");
        assertThat(errors.findValuesAsString("field")).contains("year", "revenue", "rdRatio", "debtRatio", "rdStaff");
        assertThat(errors.findValuesAsString("rule")).contains("notFuture", "nonNegative", "percent");
    }

    @Test
    void aSpecialistCannotReportFigures() {
        String code = registerFirm("上海专员指标有限公司");
        api().put("/api/enterprises/" + code + "/specialist", official(), "{\"username\":\"specialist-s-metrics\"}");

        HttpResponse<String> response = api().put(
                        "/api/enterprises/" + code + "/metrics/2023",
                        token(TestUser.specialist("s-metrics")),
                        "{\"revenue\":1}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static JsonNode findChange(JsonNode history, String field, String newValue) {
        for (JsonNode change : history) {
            if (change.get("field").asString().equals(field)
                    && newValue.equals(change.get("newValue").asString())) {
                return change;
            }
        }
        throw new AssertionError("no change of " + field + " to " + newValue + " in " + history);
    }
}
