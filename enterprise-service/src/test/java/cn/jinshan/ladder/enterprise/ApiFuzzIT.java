package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.LogScan;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.probes.ApiFuzzer;
import cn.jinshan.ladder.probes.FuzzReport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Input fuzzing of every {@code /api/**} operation from the service's OpenAPI document (issue 8 security 6): 6,000
 * requests as an official and 4,000 as a firm on its own enterprise, all writes aimed at a firm made for the test;
 * 0 server errors, 0 answers breaking the schema, 0 leaks, and nothing secret in the logs of the run.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiFuzzIT extends EnterpriseIntegrationTest {

    private static final long SEED = 20261129L;

    @Test
    void tenThousandHostileRequestsCauseNoServerErrorNoSchemaBreachAndNoLeak(CapturedOutput output) {
        String officialsFirm = registerFirm("上海模糊测试官方有限公司");
        String ownFirm = registerFirm("上海模糊测试企业有限公司");

        FuzzReport asOfficial = fuzzer(officialsFirm)
                .as(LadderTestInfrastructure.jwtIssuer(), TestUser.official())
                .requests(6_000)
                .run();
        FuzzReport asFirm = fuzzer(ownFirm)
                .as(LadderTestInfrastructure.jwtIssuer(), TestUser.enterprise(ownFirm))
                .requests(4_000)
                .run();
        sendBadTokens(officialsFirm);

        asOfficial.assertClean();
        asFirm.assertClean();
        assertThat(asOfficial.requests() + asFirm.requests()).isGreaterThanOrEqualTo(10_000);
        LogScan.Result scan = LogScan.assertClean(output);
        System.out.printf(
                "SECURITY log-scan service=enterprise-service run=fuzz+bad-tokens lines=%d findings=%d%n",
                scan.lines(), scan.findings().size());
        assertThat(scan.lines()).isPositive();
    }

    private ApiFuzzer fuzzer(String firm) {
        return ApiFuzzer.forService("enterprise-service", api())
                .onlyPaths("/api/")
                .pathValue("id", firm)
                .pathValue("year", "2024")
                .pathValue("period", "14th-fyp")
                .pathValue("indicator", "SPECIALIZED_NEW")
                .ownedWritesOnly()
                .threads(2)
                .seed(SEED);
    }

    private void sendBadTokens(String firm) {
        Map<String, String> bad = LadderTestInfrastructure.jwtIssuer().badTokens(TestUser.official());
        for (String token : bad.values()) {
            assertThat(api().get("/api/enterprises/" + firm, token).statusCode())
                    .isEqualTo(401);
            assertThat(api().get("/api/cohorts", token).statusCode()).isEqualTo(401);
        }
    }
}
