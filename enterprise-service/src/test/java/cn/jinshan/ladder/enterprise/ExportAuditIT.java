package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every export (enterprise list and cohort files, CSV and XLSX) and every specialist reassignment leaves exactly one
 * audit record carrying the actor, the action, the object, the outcome and the caller's request id.
 */
class ExportAuditIT extends EnterpriseIntegrationTest {

    private record Expected(String path, String method, String body, String action, String object, String outcome) {}

    @Autowired
    MongoTemplate mongo;

    @Test
    void eachExportAndReassignmentWritesExactlyOneCompleteAuditRecord() {
        String firm = registerFirm("上海审计导出测试有限公司");
        TestUser official = TestUser.official();
        String firmUser = token(TestUser.enterprise(firm));
        List<Expected> actions = List.of(
                new Expected("/api/enterprises/export.csv", "GET", null, "enterprise.export", "enterprises", "SUCCESS"),
                new Expected(
                        "/api/enterprises/export.xlsx", "GET", null, "enterprise.export", "enterprises", "SUCCESS"),
                new Expected(
                        "/api/cohorts/dashboard.csv", "GET", null, "cohort.export", "cohorts/dashboard/", "SUCCESS"),
                new Expected(
                        "/api/cohorts/dashboard.xlsx", "GET", null, "cohort.export", "cohorts/dashboard/", "SUCCESS"),
                new Expected(
                        "/api/cohorts/SPECIALIZED_NEW/firms.csv?scope=NET",
                        "GET",
                        null,
                        "cohort.export",
                        "cohorts/SPECIALIZED_NEW-net/",
                        "SUCCESS"),
                new Expected(
                        "/api/cohorts/SPECIALIZED_NEW/firms.xlsx",
                        "GET",
                        null,
                        "cohort.export",
                        "cohorts/SPECIALIZED_NEW-gross/",
                        "SUCCESS"),
                new Expected(
                        "/api/enterprises/" + firm + "/specialist",
                        "PUT",
                        "{\"username\":\"specialist.audit\"}",
                        "enterprise.assign-specialist",
                        firm,
                        "SUCCESS"));
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
                "enterprise.assign-specialist",
                firm,
                "DENIED");
        assertThat(call(denied, firmUser, deniedId).statusCode()).isEqualTo(403);

        List<String> problems = new ArrayList<>();
        byRequestId.forEach((requestId, action) -> problems.addAll(check(requestId, action, official.subject())));
        problems.addAll(check(deniedId, denied, TestUser.enterprise(firm).subject()));
        System.out.printf(
                "SECURITY audit service=enterprise-service actions=%d records=%d incomplete=%d%n",
                byRequestId.size() + 1,
                mongo.getCollection("audit")
                        .countDocuments(new Document(
                                "requestId",
                                new Document(
                                        "$in",
                                        java.util.stream.Stream.concat(
                                                        byRequestId.keySet().stream(),
                                                        java.util.stream.Stream.of(deniedId))
                                                .toList()))),
                problems.size());
        assertThat(problems).isEmpty();
    }

    private List<String> check(String requestId, Expected action, String actor) {
        List<Document> records = mongo.getCollection("audit")
                .find(new Document("requestId", requestId))
                .into(new ArrayList<>());
        if (records.size() != 1) {
            return List.of(action.path() + ": " + records.size() + " records");
        }
        Document record = records.get(0);
        List<String> problems = new ArrayList<>();
        if (!actor.equals(record.getString("actorSubject"))) {
            problems.add(action.path() + ": actor " + record.getString("actorSubject"));
        }
        if (!action.action().equals(record.getString("action"))) {
            problems.add(action.path() + ": action " + record.getString("action"));
        }
        if (record.getString("target") == null || !record.getString("target").startsWith(action.object())) {
            problems.add(action.path() + ": object " + record.getString("target"));
        }
        if (!action.outcome().equals(record.getString("outcome"))) {
            problems.add(action.path() + ": outcome " + record.getString("outcome"));
        }
        if (record.get("at") == null) {
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
