package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegistrationIT extends EnterpriseIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anOfficialRegistersAFirmAndEnterpriseRegisteredIsPublishedPerContract() {
        String code = CreditCodes.next();
        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            HttpResponse<String> forged = api().post("/api/enterprises", official(), """
                            {"creditCode":"%s","legalName":"上海金山测试新材料有限公司","shortName":"金山测试",
                             "town":"山阳镇","cluster":"新材料","specialistUsername":"specialist.li",
                             "rung":"HEADQUARTERS","id":"forged"}
                            """.formatted(code));
            HttpResponse<String> created = api().post("/api/enterprises", official(), """
                            {"creditCode":"%s","legalName":"上海金山测试新材料有限公司","shortName":"金山测试",
                             "town":"山阳镇","cluster":"新材料","specialistUsername":"specialist.li"}
                            """.formatted(code));

            assertThat(forged.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(forged).get("errors").findValuesAsString("field"))
                    .contains("rung");
            assertThat(ApiClient.json(forged).get("errors").findValuesAsString("rule"))
                    .contains("unknown");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValue("/api/enterprises/" + code);
            JsonNode body = ApiClient.json(created);
            assertThat(body.get("id").asString()).isEqualTo(code);
            assertThat(body.get("rung").asString()).isEqualTo("STARTUP");

            List<ConsumerRecord<String, String>> records = awaitRecords(probe, code, 1);
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(new String(
                            record.headers().lastHeader("ladder-event-type").value()))
                    .isEqualTo("enterprise.EnterpriseRegistered");
            assertThat(Contracts.violations(record.value())).isEmpty();
            JsonNode payload = JSON.readTree(record.value()).get("payload");
            assertThat(payload.get("creditCode").asString()).isEqualTo(code);
            assertThat(payload.get("legalName").asString()).isEqualTo("上海金山测试新材料有限公司");
            assertThat(payload.get("registeredBy").asString())
                    .isEqualTo(TestUser.official().subject());
            assertThat(payload.get("specialistUsername").asString()).isEqualTo("specialist.li");
            assertThat(payload.get("specialistId").isNull()).isTrue();
        }
        HttpResponse<String> read = api().get("/api/enterprises/" + code, official());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(read).get("town").asString()).isEqualTo("山阳镇");
    }

    @Test
    void aWrongCheckCharacterIsRejectedNamingTheFieldAndTheRule() {
        String good = CreditCodes.next();
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');

        HttpResponse<String> response =
                api().post("/api/enterprises", official(), "{\"creditCode\":\"" + bad + "\",\"legalName\":\"某公司\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ApiClient.json(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("creditCode");
        assertThat(error.get("rule").asString()).isEqualTo("checksum");
        assertThat(error.get("message").asString()).contains("GB 32100-2015");
    }

    @Test
    void aCodeWithForbiddenCharactersOrLengthIsAFormatError() {
        HttpResponse<String> letterI = api().post(
                        "/api/enterprises",
                        official(),
                        "{\"creditCode\":\"91310116MA1I8K3L22\",\"legalName\":\"某公司\"}");
        HttpResponse<String> tooShort =
                api().post("/api/enterprises", official(), "{\"creditCode\":\"9131011\",\"legalName\":\"某公司\"}");

        assertThat(letterI.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(letterI).get("errors").get(0).get("rule").asString())
                .isEqualTo("format");
        assertThat(ApiClient.json(tooShort).get("errors").get(0).get("message").asString())
                .contains("18 characters");
    }

    @Test
    void aSecondRegistrationOfTheSameCodeIsAConflict() {
        String code = registerFirm("上海重复登记有限公司");

        HttpResponse<String> again =
                api().post("/api/enterprises", official(), "{\"creditCode\":\"" + code + "\",\"legalName\":\"又一家\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(again).get("code").asString()).isEqualTo("duplicate-credit-code");
    }

    @Test
    void aNullContactIsAValidationProblemNamingItsIndexNotAServerError() {
        String code = CreditCodes.next();
        HttpResponse<String> register = api().post("/api/enterprises", official(), """
                        {"creditCode":"%s","legalName":"上海空联系人有限公司","contacts":[null]}
                        """.formatted(code));
        String firm = registerFirm("上海空联系人修改有限公司");
        HttpResponse<String> patch =
                api().patch("/api/enterprises/" + firm, token(TestUser.enterprise(firm)), "{\"contacts\":[{},null]}");

        assertThat(register.statusCode()).isEqualTo(400);
        assertThat(patch.statusCode()).isEqualTo(400);
        for (HttpResponse<String> response : List.of(register, patch)) {
            JsonNode error = ApiClient.json(response).get("errors").get(0);
            assertThat(error.get("field").asString()).startsWith("contacts[");
            assertThat(error.get("rule").asString()).isEqualTo("notNull");
        }
        assertThat(api().get("/api/enterprises/" + code, official()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMissingLegalNameIsAValidationProblem() {
        HttpResponse<String> response =
                api().post("/api/enterprises", official(), "{\"creditCode\":\"" + CreditCodes.next() + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString())
                .isEqualTo("legalName");
    }

    @Test
    void anonymousCallersAreUnauthorizedAndFirmsCannotRegister() {
        String body = "{\"creditCode\":\"" + CreditCodes.next() + "\",\"legalName\":\"某公司\"}";

        assertThat(api().post("/api/enterprises", null, body).statusCode()).isEqualTo(401);
        assertThat(api().get("/api/enterprises", null).statusCode()).isEqualTo(401);
        assertThat(api().post("/api/enterprises", token(TestUser.enterprise(CreditCodes.next())), body)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aFirmUserSeesItsOwnFirmAndNotAnother() {
        String mine = registerFirm("上海自家企业有限公司");
        String other = registerFirm("上海别家企业有限公司");
        String firmToken = token(TestUser.enterprise(mine));

        assertThat(api().get("/api/enterprises/" + mine, firmToken).statusCode())
                .isEqualTo(200);
        HttpResponse<String> foreign = api().get("/api/enterprises/" + other, firmToken);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(foreign).get("type").asString())
                .isEqualTo("https://ladder.jinshan.gov.cn/problems/not-found");
        JsonNode list = ApiClient.json(api().get("/api/enterprises?size=100", firmToken));
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(mine);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(api().get("/api/enterprises/" + CreditCodes.next(), official())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void listsArePagedAndAPageLargerThanTheBoundIsRejected() {
        registerFirm("上海分页一有限公司");
        registerFirm("上海分页二有限公司");

        JsonNode page = ApiClient.json(api().get("/api/enterprises?size=1&page=0", official()));
        HttpResponse<String> tooLarge = api().get("/api/enterprises?size=101", official());

        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("totalPages").asLong()).isEqualTo(page.get("total").asLong());
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(tooLarge).get("errors").get(0).get("field").asString())
                .isEqualTo("size");
    }

    @Test
    void theOpenApiDocumentAndHealthArePublic() {
        HttpResponse<String> docs = api().get("/v3/api-docs", null);
        HttpResponse<String> health = api().get("/actuator/health", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(docs).get("paths").has("/api/enterprises/{id}"))
                .isTrue();
        assertThat(ApiClient.json(health).get("status").asString()).isEqualTo("UP");
        List<String> parameters = new java.util.ArrayList<>();
        ApiClient.json(docs)
                .get("paths")
                .forEach(path -> path.forEach(operation -> operation
                        .path("parameters")
                        .forEach(p -> parameters.add(p.get("name").asString()))));
        assertThat(parameters)
                .as("the caller comes from the token, not from query parameters")
                .contains("id", "period", "asOf", "q", "status", "size")
                .doesNotContain("districtWide", "roles", "enterpriseId", "subject");
    }

    static List<ConsumerRecord<String, String>> awaitRecords(KafkaProbe probe, String key, int count) {
        List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (found.size() < count && System.nanoTime() < deadline) {
            probe.poll(Duration.ofMillis(500)).stream()
                    .filter(r -> key.equals(r.key()))
                    .forEach(found::add);
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }
}
