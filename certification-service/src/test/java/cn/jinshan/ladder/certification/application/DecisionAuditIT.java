package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.certification.certificate.application.CertificateService;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.audit.AuditQuery;
import cn.jinshan.ladder.kit.audit.AuditRecord;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8, security item 7: every decision (approve, reject, return, also in bulk) and every certificate revocation
 * — succeeded, failed on a rule, or denied to the caller's role — writes exactly one record to the kit's
 * {@code audit_log} with actor, action, object, outcome and the request id echoed as {@code X-Request-Id}, read back
 * through the kit's {@link AuditQuery}. A denied attempt is recorded by the kit alone, under its route.
 */
class DecisionAuditIT extends CertificationIT {

    private static final String FIRM = "91310116MA1T000401";

    @Autowired
    private AuditQuery audit;

    /** One audited call: what was sent with which request id, what must be recorded. */
    record Expected(
            String requestId,
            String action,
            String objectType,
            String objectId,
            AuditOutcome outcome,
            String details,
            TestUser actor) {}

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
                        "POST /api/applications/{id}/review/approve",
                        "path",
                        "/api/applications/" + approved + "/review/approve",
                        AuditOutcome.DENIED,
                        null),
                call(
                        official,
                        "/api/applications/" + approved + "/review/approve",
                        "{\"announcedOn\":\"" + today + "\"}",
                        200,
                        "application.approve",
                        "application",
                        approved,
                        AuditOutcome.SUCCEEDED,
                        null),
                call(
                        official,
                        "/api/applications/" + returned + "/review/return",
                        "{\"reason\":\"缺审计报告\"}",
                        200,
                        "application.return",
                        "application",
                        returned,
                        AuditOutcome.SUCCEEDED,
                        null),
                call(
                        official,
                        "/api/applications/" + approved + "/review/reject",
                        "{\"reason\":\"已批准\"}",
                        409,
                        "application.reject",
                        "application",
                        approved,
                        AuditOutcome.FAILED,
                        "conflict illegal-transition: "),
                call(
                        firm,
                        "/api/certificates/" + certificate + "/revoke",
                        "{\"reason\":\"自行撤销\"}",
                        403,
                        "POST /api/certificates/{id}/revoke",
                        "path",
                        "/api/certificates/" + certificate + "/revoke",
                        AuditOutcome.DENIED,
                        null),
                call(
                        official,
                        "/api/certificates/" + certificate + "/revoke",
                        "{}",
                        400,
                        "certificate.revoke",
                        "certificate",
                        certificate,
                        AuditOutcome.FAILED,
                        "invalid reason notBlank"),
                call(
                        official,
                        "/api/certificates/" + certificate + "/revoke",
                        "{\"reason\":\"弄虚作假\"}",
                        200,
                        "certificate.revoke",
                        "certificate",
                        certificate,
                        AuditOutcome.SUCCEEDED,
                        null));
        steps.ok(steps.firm(FIRM, returned, "resubmit", "{\"comment\":\"已补\"}"), "DISTRICT_REVIEW");
        Expected bulk = call(
                official,
                "/api/applications/review/bulk",
                "{\"action\":\"reject\",\"applicationIds\":[\"" + returned + "\"],\"comment\":\"不符合条件\"}",
                200,
                "application.reject",
                "application",
                returned,
                AuditOutcome.SUCCEEDED,
                null);

        List<Expected> all = concat(expected, bulk);
        int recorded = 0;
        for (Expected call : all) {
            List<AuditRecord> records = audit.byRequestId(call.requestId());
            recorded += records.size();
            assertThat(records).as(call.toString()).hasSize(1);
            AuditRecord record = records.get(0);
            assertThat(record.action()).as(call.toString()).isEqualTo(call.action());
            assertThat(record.objectType()).as(call.toString()).isEqualTo(call.objectType());
            assertThat(record.objectId()).as(call.toString()).isEqualTo(call.objectId());
            assertThat(record.outcome()).as(call.toString()).isEqualTo(call.outcome());
            if (call.details() == null) {
                assertThat(record.details()).as(call.toString()).isNull();
            } else {
                assertThat(record.details()).as(call.toString()).startsWith(call.details());
            }
            assertThat(record.actorSubject()).isEqualTo(call.actor().subject());
            assertThat(record.actorUsername()).isEqualTo(call.actor().username());
            assertThat(record.actorRoles())
                    .containsExactlyInAnyOrderElementsOf(call.actor().roles());
            assertThat(record.requestId()).isEqualTo(call.requestId());
            assertThat(record.occurredAt()).isNotNull();
        }
        int aboutObjects = audit.byObject("application", approved).size()
                + audit.byObject("application", returned).size()
                + audit.byObject("certificate", certificate).size();
        long denied = all.stream()
                .filter(call -> call.outcome() == AuditOutcome.DENIED)
                .count();
        System.out.printf(
                "SECURITY audit service=certification-service calls=%d records=%d denied=%d failed=%d%n",
                all.size(),
                recorded,
                denied,
                all.stream()
                        .filter(call -> call.outcome() == AuditOutcome.FAILED)
                        .count());
        assertThat(aboutObjects).isEqualTo(all.size() - denied);
    }

    private static List<Expected> concat(List<Expected> calls, Expected last) {
        List<Expected> all = new java.util.ArrayList<>(calls);
        all.add(last);
        return all;
    }

    private Expected call(
            TestUser user,
            String path,
            String body,
            int status,
            String action,
            String objectType,
            String objectId,
            AuditOutcome outcome,
            String details) {
        String requestId = "audit-" + UUID.randomUUID();
        HttpRequest request = api().request(path, token(user))
                .header("X-Request-Id", requestId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = api().send(request);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
        return new Expected(requestId, action, objectType, objectId, outcome, details, user);
    }
}
