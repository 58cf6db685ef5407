package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PortfolioIT extends EnterpriseIntegrationTest {

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
        var audit = LadderTestInfrastructure.mongo().connectionString();
        try (var client = com.mongodb.client.MongoClients.create(audit)) {
            var records = client.getDatabase("enterprise")
                    .getCollection("audit")
                    .find(new Document("target", code).append("action", "enterprise.assign-specialist"))
                    .into(new java.util.ArrayList<>());
            assertThat(records).extracting(d -> d.getString("outcome")).contains("SUCCESS", "DENIED");
            assertThat(records).allSatisfy(d -> assertThat(d.get("at")).isNotNull());
        }
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
