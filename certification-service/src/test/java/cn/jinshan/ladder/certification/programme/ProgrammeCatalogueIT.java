package cn.jinshan.ladder.certification.programme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProgrammeCatalogueIT extends CertificationIT {

    @Test
    void everyProgrammeOfTheLadderIsSeededInLadderOrder() {
        HttpResponse<String> response = api().get("/api/programmes", token(TestUser.enterprise(JINXIN)));

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        ApiClient.json(response)
                .forEach(programme -> codes.add(programme.get("code").asString()));
        assertThat(codes)
                .startsWith(
                        "INNOVATIVE_SME",
                        "SPECIALIZED_NEW",
                        "GAZELLE",
                        "LITTLE_GIANT",
                        "SINGLE_CHAMPION",
                        "HEADQUARTERS")
                .contains("LISTING", "TECH_CENTER_DISTRICT", "TECH_CENTER_MUNICIPAL", "TECH_CENTER_NATIONAL");
    }

    @Test
    void bothRuleVersionsOfSpecializedNewAreThereAndTheNotFoundItemsAreListed() {
        JsonNode programme = ApiClient.json(api().get("/api/programmes/SPECIALIZED_NEW", token(TestUser.official())));

        assertThat(programme.get("ruleVersions").findValuesAsString("id")).contains("MIIT-2022-63", "MIIT-2026-2");
        JsonNode v2022 = programme.get("ruleVersions").get(0);
        assertThat(v2022.get("incomplete").asBoolean()).isTrue();
        assertThat(v2022.get("missing").toString()).contains("scoring.dimensions.特色化.indicators");
        assertThat(v2022.get("scoring").get("passMark").asInt()).isEqualTo(60);
    }

    @Test
    void gazelleSaysItsValidityIsMissingInsteadOfGuessing() {
        JsonNode gazelle = ApiClient.json(api().get("/api/programmes/GAZELLE", token(TestUser.official())));

        assertThat(gazelle.get("incomplete").asBoolean()).isTrue();
        assertThat(gazelle.get("missing").toString()).contains("JINSHAN-GAZELLE-2021: validityYears");
        assertThat(gazelle.get("ruleVersions").get(0).get("validityYears").isNull())
                .isTrue();
    }

    @Test
    void anUnknownProgrammeIsNotFound() {
        assertThat(api().get("/api/programmes/NOPE", token(TestUser.official())).statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorChangesTheCatalogue() {
        String window = "{\"batch\":\"2027年第一批\",\"opensOn\":\"2027-03-01\",\"closesOn\":\"2027-03-31\"}";

        HttpResponse<String> byOfficial =
                api().put("/api/programmes/GAZELLE/windows/2027-1", token(TestUser.official()), window);
        HttpResponse<String> byAdmin =
                api().put("/api/programmes/GAZELLE/windows/2027-1", token(TestUser.admin()), window);

        assertThat(byOfficial.statusCode()).isEqualTo(403);
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(byAdmin).get("windows").findValuesAsString("id"))
                .contains("2027-1");
    }

    @Test
    void anAdministratorAddsARuleVersionWithoutACodeChange() {
        String version = """
                {"id":"JINSHAN-GAZELLE-2027","title":"瞪羚 2027","effectiveFrom":"2027-01-01","validityYears":2,
                 "conditions":[{"id":"specializedNew","description":"已是专精特新","metric":"holdsSpecializedNew",
                                "operator":"GTE","threshold":1}]}
                """;

        HttpResponse<String> created =
                api().post("/api/programmes/GAZELLE/rule-versions", token(TestUser.admin()), version);
        HttpResponse<String> again =
                api().post("/api/programmes/GAZELLE/rule-versions", token(TestUser.admin()), version);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(created).get("ruleVersions").findValuesAsString("id"))
                .contains("JINSHAN-GAZELLE-2021", "JINSHAN-GAZELLE-2027");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void anInvalidRuleVersionIsRejectedNamingTheField() {
        String version = """
                {"title":"bad","effectiveFrom":"2027-01-01",
                 "conditions":[{"id":"x","description":"x","metric":"luck","operator":"GTE","threshold":1}]}
                """;

        HttpResponse<String> response =
                api().put("/api/programmes/GAZELLE/rule-versions/BAD-1", token(TestUser.admin()), version);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ApiClient.json(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("conditions[0].metric");
        assertThat(error.get("rule").asString()).isEqualTo("knownMetric");
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsRejected() {
        HttpResponse<String> response = api().put(
                        "/api/programmes/GAZELLE/windows/bad",
                        token(TestUser.admin()),
                        "{\"batch\":\"x\",\"opensOn\":\"2027-03-31\",\"closesOn\":\"2027-03-01\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString())
                .isEqualTo("closesOn");
    }
}
