package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.certification.certificate.application.CertificateService;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Issue 8, security item 7: every decision (approve, reject, return, also in bulk) and every certificate revocation
 * — succeeded, refused by a rule, or denied to the caller's role — writes exactly one {@code audit_log} record with
 * actor, action, object, outcome and the request id echoed as {@code X-Request-Id}.
 */
class DecisionAuditIT extends CertificationIT {

    private static final String FIRM = "91310116MA1T000401";

    @Autowired
    private MongoTemplate mongo;

    /** One audited call: what was sent with which request id, what must be recorded. */
    record Expected(String requestId, String action, String objectId, String outcome, TestUser actor) {}

    @Test
    void everyDecisionAndRevocationWritesExactlyOneCompleteAuditRecord() {
        Steps steps = new Steps(api());
        steps.openWindow("SPECIALIZED_NEW");
        steps.openWindow("INNOVATIVE_SME");
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, FIRM, "");
        TestUser official = TestUser.official();
        TestUser firm = TestUser.enterprise(FIRM);
        String approved = steps.openDraft(FIRM, "SPECIALIZED_NEW");
        steps.ok(steps.submit(FIRM, approved), "SUBMITTED");
        steps.ok(steps.review(approved, "start", "{\"comment\":\"受理\"}"), "DISTRICT_REVIEW");
        steps.ok(steps.review(approved, "recommend", "{\"comment\":\"推荐\"}"), "HIGHER_REVIEW");
        steps.ok(
                steps.review(
                        approved,
                        "publicity",
                        "{\"publicityEndsOn\":\"%s\"}".formatted(Steps.today().plusDays(7))),
                "PUBLICITY");
        String returned = steps.openDraft(FIRM, "INNOVATIVE_SME");
        steps.ok(steps.submit(FIRM, returned), "SUBMITTED");
        steps.ok(steps.review(returned, "start", "{\"comment\":\"受理\"}"), "DISTRICT_REVIEW");
        String certificate = CertificateService.certificateIdFor(approved);
        String today = Steps.today().toString();

        List<Expected> expected = List.of(
                call(
                        firm,
                        "/api/applications/" + approved + "/review/approve",
                        "{\"announcedOn\":\"" + today + "\"}",
                        403,
                        "application.approve",
                        approved,
                        "DENIED"),
                call(
                        official,
                        "/api/applications/" + approved + "/review/approve",
                        "{\"announcedOn\":\"" + today + "\"}",
                        200,
                        "application.approve",
                        approved,
                        "SUCCEEDED"),
                call(
                        official,
                        "/api/applications/" + returned + "/review/return",
                        "{\"reason\":\"缺审计报告\"}",
                        200,
                        "application.return",
                        returned,
                        "SUCCEEDED"),
                call(
                        official,
                        "/api/applications/" + approved + "/review/reject",
                        "{\"reason\":\"已批准\"}",
                        409,
                        "application.reject",
                        approved,
                        "REFUSED"),
                call(
                        firm,
                        "/api/certificates/" + certificate + "/revoke",
                        "{\"reason\":\"自行撤销\"}",
                        403,
                        "certificate.revoke",
                        certificate,
                        "DENIED"),
                call(
                        official,
                        "/api/certificates/" + certificate + "/revoke",
                        "{}",
                        400,
                        "certificate.revoke",
                        certificate,
                        "REFUSED"),
                call(
                        official,
                        "/api/certificates/" + certificate + "/revoke",
                        "{\"reason\":\"弄虚作假\"}",
                        200,
                        "certificate.revoke",
                        certificate,
                        "SUCCEEDED"));
        steps.ok(steps.firm(FIRM, returned, "resubmit", "{\"comment\":\"已补\"}"), "DISTRICT_REVIEW");
        Expected bulk = call(
                official,
                "/api/applications/review/bulk",
                "{\"action\":\"reject\",\"applicationIds\":[\"" + returned + "\"],\"comment\":\"不符合条件\"}",
                200,
                "application.reject",
                returned,
                "SUCCEEDED");

        for (Expected call : concat(expected, bulk)) {
            List<Document> records = mongo.getCollection("audit_log")
                    .find(new Document("requestId", call.requestId()))
                    .into(new java.util.ArrayList<>());
            assertThat(records).as(call.toString()).hasSize(1);
            Document record = records.get(0);
            assertThat(record.getString("action")).isEqualTo(call.action());
            assertThat(record.get("object", Document.class).getString("id")).isEqualTo(call.objectId());
            assertThat(record.getString("outcome")).isEqualTo(call.outcome());
            Document actor = record.get("actor", Document.class);
            assertThat(actor.getString("subject")).isEqualTo(call.actor().subject());
            assertThat(actor.getString("name")).isEqualTo(call.actor().username());
            assertThat(actor.getString("role")).isEqualTo(call.actor().roles().get(0));
            assertThat(record.getDate("at")).isNotNull();
        }
        assertThat(mongo.getCollection("audit_log")
                        .countDocuments(new Document(
                                "object.id", new Document("$in", List.of(approved, returned, certificate)))))
                .isEqualTo(expected.size() + 1);
    }

    private static List<Expected> concat(List<Expected> calls, Expected last) {
        List<Expected> all = new java.util.ArrayList<>(calls);
        all.add(last);
        return all;
    }

    private Expected call(
            TestUser user, String path, String body, int status, String action, String objectId, String outcome) {
        String requestId = "audit-" + UUID.randomUUID();
        HttpRequest request = api().request(path, token(user))
                .header("X-Request-Id", requestId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = api().send(request);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
        return new Expected(requestId, action, objectId, outcome, user);
    }
}
