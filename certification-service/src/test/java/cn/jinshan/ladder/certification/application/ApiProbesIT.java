package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.LogScan;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.probes.ApiFuzzer;
import cn.jinshan.ladder.probes.FuzzReport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 8, security items 6 and 7 (logs): every {@code /api/**} operation of the OpenAPI document fuzzed with
 * {@code ApiFuzzer}, 10,000 requests as a firm whose writes only target its own application, then 2,000 as an
 * official; 0 server errors, 0 answers breaking their schema, 0 leaks. Afterwards the 11 bad tokens are sent and the
 * captured log is scanned for tokens and passwords.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiProbesIT extends CertificationIT {

    static final String FIRM = "91310116MA1T000601";
    static final long SEED = 20261129L;

    @Test
    void fuzzingEveryOperationFindsNoServerErrorSchemaBreakOrLeakAndTheLogsHoldNoSecrets(CapturedOutput output) {
        Steps steps = new Steps(api());
        steps.openWindow("SPECIALIZED_NEW");
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, FIRM, "\"INNOVATIVE_SME\"");
        EnterpriseServiceStubs.list(ENTERPRISE_SERVICE, FIRM);
        String mine = steps.openDraft(FIRM, "SPECIALIZED_NEW");

        FuzzReport asFirm = ApiFuzzer.forService("certification-service", api())
                .as(LadderTestInfrastructure.jwtIssuer(), TestUser.enterprise(FIRM))
                .onlyPaths("/api/")
                .pathValue("id", mine)
                .pathValue("enterpriseId", FIRM)
                .pathValue("code", "SPECIALIZED_NEW")
                .ownedWritesOnly()
                .seed(SEED)
                .requests(10_000)
                .run();
        FuzzReport asOfficial = ApiFuzzer.forService("certification-service", api())
                .as(LadderTestInfrastructure.jwtIssuer(), TestUser.official())
                .onlyPaths("/api/")
                .pathValue("id", mine)
                .pathValue("enterpriseId", FIRM)
                .pathValue("code", "SPECIALIZED_NEW")
                .ownedWritesOnly()
                .seed(SEED + 1)
                .requests(2_000)
                .run();
        int refused = sendBadTokens();
        ENTERPRISE_SERVICE.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(500)));
        assertThat(api().post(
                                "/api/eligibility/evaluations",
                                token(TestUser.enterprise(FIRM)),
                                "{\"programme\":\"INNOVATIVE_SME\",\"enterpriseId\":\"" + FIRM + "\"}")
                        .statusCode())
                .isEqualTo(503);

        asFirm.assertClean();
        asOfficial.assertClean();
        assertThat(refused).isEqualTo(11);
        LogScan.Result scan = LogScan.assertClean(output);
        System.out.printf(
                "SECURITY log-scan service=certification-service lines=%d findings=%d%n",
                scan.lines(), scan.findings().size());
        assertThat(output.getOut()).contains("enterprise-service unavailable for enterprise " + FIRM);
        assertThat(scan.lines()).isGreaterThan(6);
        assertThat(api().get("/api/applications/" + mine, token(TestUser.enterprise(FIRM)))
                        .statusCode())
                .isEqualTo(200);
    }

    private int sendBadTokens() {
        int refused = 0;
        for (Map.Entry<String, String> bad :
                issuer().badTokens(TestUser.official()).entrySet()) {
            HttpResponse<String> response = api().get("/api/applications/queue", bad.getValue());
            if (response.statusCode() == 401
                    && ApiClient.json(response).path("type").asString().endsWith("/unauthorized")) {
                refused++;
            }
        }
        return refused;
    }
}
