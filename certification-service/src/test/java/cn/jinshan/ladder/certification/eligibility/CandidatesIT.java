package cn.jinshan.ladder.certification.eligibility;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesIT extends CertificationIT {

    private static final String ELIGIBLE = "91310116MA1T000301";
    private static final String APPLIED = "91310116MA1T000302";
    private static final String HOLDER = "91310116MA1T000303";
    private static final String NO_FIGURES = "91310116MA1T000304";

    @Test
    void firmsThatQualifyAndHaveNotAppliedAreCandidates() {
        EnterpriseServiceStubs.list(ENTERPRISE_SERVICE, ELIGIBLE, APPLIED, HOLDER, NO_FIGURES);
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, ELIGIBLE, "");
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, APPLIED, "");
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, HOLDER, "\"INNOVATIVE_SME\"");
        EnterpriseServiceStubs.newFirm(ENTERPRISE_SERVICE, NO_FIGURES);
        assertThat(api().post(
                                "/api/applications",
                                token(TestUser.enterprise(APPLIED)),
                                "{\"programme\":\"INNOVATIVE_SME\"}")
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> response =
                api().get("/api/eligibility/candidates?programme=INNOVATIVE_SME", token(TestUser.specialist("s-1")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> firms = new ArrayList<>();
        ApiClient.json(response)
                .forEach(candidate -> firms.add(candidate.get("enterpriseId").asString()));
        assertThat(firms).containsExactly(ELIGIBLE);
        assertThat(ApiClient.json(response).get(0).get("ruleVersion").asString())
                .isEqualTo("MIIT-2022-63");
    }

    @Test
    void firmsCannotListCandidatesAndTheProgrammeMustExist() {
        assertThat(api().get(
                                "/api/eligibility/candidates?programme=INNOVATIVE_SME",
                                token(TestUser.enterprise(ELIGIBLE)))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> unknown =
                api().get("/api/eligibility/candidates?programme=NOPE", token(TestUser.official()));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknown).get("errors").get(0).get("field").asString())
                .isEqualTo("programme");
    }

    @Test
    void enterpriseServiceDownMakesTheCandidateListUnavailable() {
        ENTERPRISE_SERVICE.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> response =
                api().get("/api/eligibility/candidates?programme=INNOVATIVE_SME", token(TestUser.official()));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("enterprise-service");
    }
}
