package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.audit.AuditQuery;
import cn.jinshan.ladder.kit.audit.AuditRecord;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PortfolioIT extends EnterpriseIntegrationTest {

    @Autowired
    AuditQuery audit;

    @Test
    void aSpecialistSeesTheFirmsAssignedByUsernameOrSubject() {
        String subject = UUID.randomUUID().toString();
        TestUser specialist = TestUser.specialist(subject);
        String byUsername = registerFirm("上海专员甲有限公司");
        String bySubject = registerFirm("上海专员乙有限公司");
        String notMine = registerFirm("上海专员丙有限公司");

        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            assertThat(api().put(
                                    "/api/enterprises/" + byUsername + "/specialist",
                                    official(),
                                    "{\"username\":\"" + specialist.username() + "\"}")
                            .statusCode())
                    .isEqualTo(200);
            var assigned = RegistrationIT.awaitRecords(probe, byUsername, 2).stream()
                    .filter(r -> r.value().contains("enterprise.SpecialistAssigned"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Contracts.violations(assigned.value())).isEmpty();
        }
        api().put("/api/enterprises/" + bySubject + "/specialist", official(), "{\"subject\":\"" + subject + "\"}");

        JsonNode mine = ApiClient.json(api().get("/api/enterprises?specialist=me", token(specialist)));

        assertThat(mine.get("items").findValuesAsString("id")).containsExactlyInAnyOrder(byUsername, bySubject);
        assertThat(api().get("/api/enterprises/" + byUsername, token(specialist))
                        .statusCode())
                .isEqualTo(200);
        assertThat(api().get("/api/enterprises/" + notMine, token(specialist)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyOfficialsReassignAndEveryAttemptIsAudited() {
        String code = registerFirm("上海改派有限公司");
        String other = UUID.randomUUID().toString();
        api().put("/api/enterprises/" + code + "/specialist", official(), "{\"subject\":\"" + other + "\"}");

        HttpResponse<String> bySpecialist = api().put(
                        "/api/enterprises/" + code + "/specialist",
                        token(TestUser.specialist(other)),
                        "{\"username\":\"specialist-" + other + "\"}");
        HttpResponse<String> empty = api().put("/api/enterprises/" + code + "/specialist", official(), "{}");

        assertThat(bySpecialist.statusCode()).isEqualTo(403);
        assertThat(empty.statusCode()).isEqualTo(400);
        List<AuditRecord> records = audit.byObject("enterprise", code).stream()
                .filter(record -> record.action().equals("enterprise.assign-specialist"))
                .toList();
        List<AuditRecord> denied = audit.byObject("path", "/api/enterprises/" + code + "/specialist");
        assertThat(records).extracting(AuditRecord::outcome).containsExactly(AuditOutcome.SUCCEEDED);
        assertThat(records).allSatisfy(record -> assertThat(record.occurredAt()).isNotNull());
        assertThat(denied).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(record.action()).isEqualTo("PUT /api/enterprises/{id}/specialist");
            assertThat(record.actorSubject()).isEqualTo(other);
        });
    }

    @Test
    void hostileListParametersAreNamedProblemsOrIgnoredNeverServerErrorsOrTypeNames() {
        String official = official();
        HttpResponse<String> operatorName =
                api().get("/api/enterprises?park%5B%24ne%5D=x&town%5B%24regex%5D=.*", official);
        HttpResponse<String> operatorExport = api().get("/api/enterprises/export.csv?cluster%5B%24gt%5D=.*", official);
        HttpResponse<String> badSort = api().get("/api/enterprises?sort=%24where", official);
        HttpResponse<String> badPage = api().get("/api/enterprises?page=9223372036854775808", official);
        HttpResponse<String> badFlag = api().get("/api/enterprises/export.xlsx?aboveScale=%24where", official);
        HttpResponse<String> repeated =
                api().get("/api/enterprises?sort=legalName&sort=%7B%22%24ne%22%3Anull%7D", official);

        assertThat(operatorName.statusCode())
                .as("an unknown parameter is ignored")
                .isEqualTo(200);
        assertThat(operatorExport.statusCode()).isEqualTo(200);
        assertThat(List.of(badSort, badPage, badFlag, repeated)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).doesNotContain("java.", "cn.jinshan", "Exception");
        });
        assertThat(rules(badSort)).containsExactly("sort:enum");
        assertThat(rules(badPage)).containsExactly("page:type");
        assertThat(rules(badFlag)).containsExactly("aboveScale:type");
        assertThat(rules(repeated)).containsExactly("sort:single");
    }

    private static List<String> rules(HttpResponse<String> problem) {
        List<String> rules = new java.util.ArrayList<>();
        ApiClient.json(problem)
                .get("errors")
                .forEach(e -> rules.add(
                        e.get("field").asString() + ":" + e.get("rule").asString()));
        return rules;
    }

    @Test
    void listsFilterByTownClusterRungAndTextAndSort() {
        String code = registerFirm("上海筛选独特名称有限公司");

        JsonNode byText = ApiClient.json(api().get("/api/enterprises?q=筛选独特", official()));
        JsonNode byCode = ApiClient.json(api().get("/api/enterprises?q=" + code.substring(8), official()));
        JsonNode byTown = ApiClient.json(api().get(
                        "/api/enterprises?town=山阳镇&cluster=新材料&rung=STARTUP&sort=legalName&direction=desc&size=100",
                        official()));
        HttpResponse<String> badRung = api().get("/api/enterprises?rung=KING", official());

        assertThat(byText.get("items").findValuesAsString("id")).containsExactly(code);
        assertThat(byCode.get("items").findValuesAsString("id")).contains(code);
        assertThat(byTown.get("items").findValuesAsString("town")).containsOnly("山阳镇");
        assertThat(badRung.statusCode()).isEqualTo(400);
    }
}
