package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.audit.AuditQuery;
import cn.jinshan.ladder.kit.audit.AuditRecord;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.LogScan;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ladder.outbox.collections=samples", "ladder.outbox.sweep-interval=500ms"})
class AuditIT {

    private static final String FIRM = "91310116MA1J8K3L22";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "kit");
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditQuery audit;

    @Autowired
    MeterRegistry meters;

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static TestJwtIssuer issuer() {
        return LadderTestInfrastructure.jwtIssuer();
    }

    @Test
    void aRoleDeniedAttemptLeavesExactlyOneDeniedRecordWithTheRequestId() {
        String firm = issuer().token(TestUser.enterprise(FIRM));
        HttpResponse<String> byRoleRule = api().get("/samples/official-only", firm);
        HttpResponse<String> byException = api().post("/samples/s-7/approval", firm, "{}");
        HttpResponse<String> byUrlRule = api().get("/actuator/info", firm);

        for (HttpResponse<String> response : List.of(byRoleRule, byException, byUrlRule)) {
            assertThat(response.statusCode()).isEqualTo(403);
        }
        AuditRecord roleRule = onlyRecordOf(byRoleRule);
        assertThat(roleRule.action()).isEqualTo("GET /samples/official-only");
        assertThat(roleRule.objectId()).isEqualTo("/samples/official-only");
        assertThat(roleRule.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(roleRule.actorUsername()).isEqualTo("firm-" + FIRM);
        assertThat(roleRule.actorRoles()).containsExactly("ENTERPRISE");
        assertThat(roleRule.actorEnterpriseId()).isEqualTo(FIRM);
        assertThat(onlyRecordOf(byException).action()).isEqualTo("POST /samples/{id}/approval");
        assertThat(onlyRecordOf(byException).objectId()).isEqualTo("/samples/s-7/approval");
        assertThat(onlyRecordOf(byUrlRule).action()).isEqualTo("GET /actuator/info");
        System.out.println("SECURITY audit denied-attempts=3 records-per-attempt=1");
    }

    @Test
    void anExplicitRecordIsExactlyOneAndUnauthenticatedCallsAreCountedNotAudited() {
        double before = meters.counter("ladder.security.unauthorized").count();
        HttpResponse<String> approved = api().post("/samples/s-8/approval", issuer().token(TestUser.official()), "{}");
        HttpResponse<String> anonymous = api().post("/samples/s-8/approval", null, "{}");

        assertThat(approved.statusCode()).isEqualTo(200);
        AuditRecord record = onlyRecordOf(approved);
        assertThat(record.action()).isEqualTo("sample.approve");
        assertThat(record.objectType()).isEqualTo("sample");
        assertThat(record.objectId()).isEqualTo("s-8");
        assertThat(record.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
        assertThat(record.actorUsername()).isEqualTo("official");
        assertThat(record.actorRoles()).containsExactly("OFFICIAL");
        assertThat(record.occurredAt()).isNotNull();
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(audit.byRequestId(
                        anonymous.headers().firstValue("X-Request-Id").orElseThrow()))
                .isEmpty();
        assertThat(audit.byObject("sample", "s-8")).hasSize(1);
        assertThat(meters.counter("ladder.security.unauthorized").count()).isEqualTo(before + 1);
    }

    @Test
    void theLogsHoldNoTokensOrPasswordsAfterGoodAndBadCalls(CapturedOutput output) {
        TestUser official = TestUser.official();
        int calls = 0;
        for (Map.Entry<String, String> bad : issuer().badTokens(official).entrySet()) {
            assertThat(api().get("/samples/me", bad.getValue()).statusCode()).isEqualTo(401);
            assertThat(api().post("/samples", bad.getValue(), "{\"name\":\"x\"}")
                            .statusCode())
                    .isEqualTo(401);
            calls += 2;
        }
        String good = issuer().token(official);
        assertThat(api().get("/samples/me", good).statusCode()).isEqualTo(200);
        assertThat(api().post("/samples", good, "{\"name\":\"x\",\"password\":\"hunter2-secret\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api().get("/samples/failing", good).statusCode()).isEqualTo(500);
        assertThat(api().get("/samples/official-only", issuer().token(TestUser.enterprise(FIRM)))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/samples/me"))
                                .header("Authorization", "Basic dXNlcjpwYXNzd29yZA==")
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(401);
        calls += 5;

        LogScan.Result scan = LogScan.assertClean(output);

        assertThat(scan.lines()).isPositive();
        System.out.println("SECURITY log-scan calls=" + calls + " lines=" + scan.lines() + " findings="
                + scan.findings().size());
    }

    private AuditRecord onlyRecordOf(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        List<AuditRecord> records = audit.byRequestId(requestId);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).requestId()).isEqualTo(requestId);
        return records.get(0);
    }
}
