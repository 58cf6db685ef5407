package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.AuthorizationMatrix;
import cn.jinshan.ladder.kit.test.TestUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every route of the OpenAPI document × anonymous, another firm and a specialist, on a victim firm's objects. */
class AuthorizationMatrixIT extends CertificationIT {

    private static final String VICTIM = "91310116MA7X9W3P4M";
    private static final String ATTACKER = "91310116MA7Y8T2Q6K";

    @Test
    void noCallerReachesAnotherFirmsApplicationsOrCertificates() {
        Steps steps = new Steps(api());
        steps.openWindow("SPECIALIZED_NEW");
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, VICTIM, "\"INNOVATIVE_SME\"");
        EnterpriseServiceStubs.newFirm(ENTERPRISE_SERVICE, ATTACKER);
        String application = steps.approvedThroughHigherReview(VICTIM, "SPECIALIZED_NEW")
                .get("id")
                .asString();
        JsonNode certificates =
                ApiClient.json(api().get("/api/certificates?enterpriseId=" + VICTIM, token(TestUser.official())));
        JsonNode list = certificates.has("items") ? certificates.get("items") : certificates;
        String certificate = list.get(0).get("id").asString();
        String applicationBefore = api().get("/api/applications/" + application, token(TestUser.official()))
                .body();
        String certificateBefore = api().get("/api/certificates/" + certificate, token(TestUser.official()))
                .body();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("other firm", token(TestUser.enterprise(ATTACKER)));
        AuthorizationMatrix matrix = AuthorizationMatrix.fromOpenApi(api());

        assertThat(matrix.operations()).hasSizeGreaterThan(15);
        assertThat(matrix.anonymousCalls(Map.of("id", application))).isEmpty();
        for (Map<String, String> victimIds : java.util.List.of(
                Map.of("id", application, "enterpriseId", VICTIM), Map.of("id", certificate, "enterpriseId", VICTIM))) {
            callers.forEach((caller, token) ->
                    assertThat(matrix.foreignCalls(caller, token, victimIds)).isEmpty());
            assertThat(matrix.randomProbes(callers, victimIds, 500, 20261128L)).isEmpty();
        }
        assertThat(api().get("/api/applications/" + application, token(TestUser.official()))
                        .body())
                .isEqualTo(applicationBefore);
        assertThat(api().get("/api/certificates/" + certificate, token(TestUser.official()))
                        .body())
                .isEqualTo(certificateBefore);
    }
}
