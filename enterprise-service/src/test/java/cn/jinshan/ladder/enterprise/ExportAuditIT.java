package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.audit.AuditQuery;
import cn.jinshan.ladder.kit.audit.AuditRecord;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every export (enterprise list and cohort files, CSV and XLSX), every specialist reassignment and every denied
 * reassignment leaves exactly one record in the kit's {@code audit_log} carrying the actor, the action, the object,
 * the outcome and the caller's request id; the denied one is the kit's own record of the 403.
 */
class ExportAuditIT extends EnterpriseIntegrationTest {

    private record Expected(
            String path, String method, String body, String action, String object, AuditOutcome outcome) {}

    @Autowired
    AuditQuery audit;

    @Autowired
    MongoTemplate mongo;

    @Test
    void eachExportAndReassignmentWritesExactlyOneCompleteAuditRecord() {
        String firm = registerFirm("上海审计导出测试有限公司");
        TestUser official = TestUser.official();
        String firmUser = token(TestUser.enterprise(firm));
        List<Expected> actions = List.of(
                new Expected(
                        "/api/enterprises/export.csv",
                        "GET",
                        null,
                        "enterprise.export",
                        "enterprises",
                        AuditOutcome.SUCCEEDED),
                new Expected(
                        "/api/enterprises/export.xlsx",
                        "GET",
                        null,
                        "enterprise.export",
                        "enterprises",
                        AuditOutcome.SUCCEEDED),
                new Expected(
                        "/api/cohorts/dashboard.csv",
                        "GET",
                        null,
                        "cohort.export",
                        "cohorts/dashboard/",
                        AuditOutcome.SUCCEEDED),
                new Expected(
                        "/api/cohorts/dashboard.xlsx",
                        "GET",
                        null,
                        "cohort.export",
                        "cohorts/dashboard/",
                        AuditOutcome.SUCCEEDED),
                new Expected(
                        "/api/cohorts/SPECIALIZED_NEW/firms.csv?scope=NET",
                        "GET",
                        null,
                        "cohort.export",
                        "cohorts/SPECIALIZED_NEW-net/",
                        AuditOutcome.SUCCEEDED),
                new Expected(
                        "/api/cohorts/SPECIALIZED_NEW/firms.xlsx",
                        "GET",
                        null,
                        "cohort.export",
                        "cohorts/SPECIALIZED_NEW-gross/",
                        AuditOutcome.SUCCEEDED),
                new Expected(
                        "/api/enterprises/" + firm + "/specialist",
                        "PUT",
                        "{\"username\":\"specialist.audit\"}",
                        "enterprise.assign-specialist",
                        firm,
                        AuditOutcome.SUCCEEDED));
        Map<String, Expected> byRequestId = new LinkedHashMap<>();
        for (Expected action : actions) {
            String requestId = "audit-" + UUID.randomUUID();
            assertThat(call(action, token(official), requestId).statusCode())
                    .as(action.path())
                    .isEqualTo(200);
            byRequestId.put(requestId, action);
        }
        String deniedId = "audit-" + UUID.randomUUID();
        Expected denied = new Expected(
                "/api/enterprises/" + firm + "/specialist",
                "PUT",
                "{\"username\":\"specialist.self\"}",
                "PUT /api/enterprises/{id}/specialist",
                "/api/enterprises/" + firm + "/specialist",
                AuditOutcome.DENIED);
        assertThat(call(denied, firmUser, deniedId).statusCode()).isEqualTo(403);

        List<String> problems = new ArrayList<>();
        byRequestId.forEach((requestId, action) -> problems.addAll(check(requestId, action, official.subject())));
        problems.addAll(check(deniedId, denied, TestUser.enterprise(firm).subject()));
        List<String> requestIds = new ArrayList<>(byRequestId.keySet());
        requestIds.add(deniedId);
        int records =
                requestIds.stream().mapToInt(id -> audit.byRequestId(id).size()).sum();
        System.out.printf(
                "SECURITY audit service=enterprise-service collection=audit_log actions=%d records=%d incomplete=%d%n",
                requestIds.size(), records, problems.size());
        assertThat(records).isEqualTo(requestIds.size());
        assertThat(mongo.collectionExists("audit"))
                .as("the service's own former audit collection")
                .isFalse();
        assertThat(problems).isEmpty();
    }

    private List<String> check(String requestId, Expected action, String actor) {
        List<AuditRecord> records = audit.byRequestId(requestId);
        if (records.size() != 1) {
            return List.of(action.path() + ": " + records.size() + " records");
        }
        AuditRecord record = records.get(0);
        List<String> problems = new ArrayList<>();
        if (!actor.equals(record.actorSubject())) {
            problems.add(action.path() + ": actor " + record.actorSubject());
        }
        if (!action.action().equals(record.action())) {
            problems.add(action.path() + ": action " + record.action());
        }
        if (record.objectType() == null
                || record.objectId() == null
                || !record.objectId().startsWith(action.object())) {
            problems.add(action.path() + ": object " + record.objectType() + " " + record.objectId());
        }
        if (action.outcome() != record.outcome()) {
            problems.add(action.path() + ": outcome " + record.outcome());
        }
        if (record.occurredAt() == null) {
            problems.add(action.path() + ": no time");
        }
        return problems;
    }

    private HttpResponse<String> call(Expected action, String token, String requestId) {
        HttpRequest.Builder request = api().request(action.path(), token).header("X-Request-Id", requestId);
        if (action.body() == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(action.method(), HttpRequest.BodyPublishers.ofString(action.body()));
        }
        return api().send(request.build());
    }
}
