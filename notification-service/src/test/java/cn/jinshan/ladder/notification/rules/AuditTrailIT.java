package cn.jinshan.ladder.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.audit.AuditQuery;
import cn.jinshan.ladder.kit.audit.AuditRecord;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.support.BrowserKeys;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8, security item 7: a rules change and a push routing change leave exactly one audit record each (actor,
 * action, object, outcome, request id), read back through the kit's {@link AuditQuery}; a rules change by a firm or a
 * specialist is denied and leaves exactly one {@code DENIED} record.
 */
class AuditTrailIT extends PlatformIT {

    private static final String RULES = "/api/admin/notification-rules/";
    private static final String TYPE = "certification.ReviewOverdue";
    /** The shipped rule of {@link #TYPE}, so that replacing it changes nothing other tests see. */
    private static final String RULE = """
            {"enabled":true,"recipients":["OFFICIALS"],"category":"REVIEW","priority":"HIGH",
             "title":{"zh":"审核超期：{enterpriseName}的{programmeZh}申报",
                      "en":"Review overdue: {programmeEn} application of {enterpriseName}"},
             "body":{"zh":"{enterpriseName}的{programmeZh}申报自{enteredOn}起处于{status}状态，已超过办理时限（{dueOn}）{daysOverdue}天，请尽快处理。",
                     "en":"The {programmeEn} application of {enterpriseName} has been {status} since {enteredOn}, {daysOverdue} days past its service level ({dueOn}); please act on it."},
             "link":"/applications/{applicationId}"}""";

    @Autowired
    AuditQuery audit;

    @Test
    void aRulesChangeByAFirmOrASpecialistLeavesExactlyOneDeniedRecord() {
        String before = api().get(RULES + TYPE, tokenOf(TestUser.admin())).body();
        TestUser firm = TestUser.enterprise(ContractEvents.newCreditCode());
        TestUser specialist = TestUser.specialist(UUID.randomUUID().toString(), "specialist.audit");

        for (TestUser caller : List.of(firm, specialist)) {
            HttpResponse<String> response = api().put(RULES + TYPE, tokenOf(caller), RULE);

            assertThat(response.statusCode()).isEqualTo(403);
            AuditRecord denied = onlyRecordOf(response);
            assertThat(denied.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(denied.action()).isEqualTo("PUT /api/admin/notification-rules/{eventType}");
            assertThat(denied.objectId()).isEqualTo(RULES + TYPE);
            assertThat(denied.actorUsername()).isEqualTo(caller.username());
        }
        assertThat(api().get(RULES + TYPE, tokenOf(TestUser.admin())).body()).isEqualTo(before);
        System.out.println("SECURITY audit service=notification-service denied-rule-changes=2 records-per-attempt=1");
    }

    @Test
    void anAdministratorsRulesChangeLeavesExactlyOneSucceededRecord() {
        HttpResponse<String> response = api().put(RULES + TYPE, tokenOf(TestUser.admin()), RULE);

        assertThat(response.statusCode()).isEqualTo(200);
        AuditRecord record = onlyRecordOf(response);
        assertThat(record.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
        assertThat(record.action()).isEqualTo("notification-rule.replace");
        assertThat(record.objectType()).isEqualTo("notification-rule");
        assertThat(record.objectId()).isEqualTo(TYPE);
        assertThat(record.actorUsername()).isEqualTo("admin");
        assertThat(record.actorRoles()).containsExactly("ADMIN");
        assertThat(record.details()).contains("priority=HIGH");
        System.out.println("SECURITY audit service=notification-service succeeded-rule-changes=1 records-per-change=1");
    }

    @Test
    void aRefusedRuleLeavesOneFailedRecordNamingTheFieldsAndABadEventTypeNone() {
        HttpResponse<String> refused =
                api().put(RULES + TYPE, tokenOf(TestUser.admin()), RULE.replace("\"HIGH\"", "\"URGENT\""));
        HttpResponse<String> badType = api().put(RULES + "not-an-event-type", tokenOf(TestUser.admin()), RULE);

        assertThat(refused.statusCode()).isEqualTo(400);
        AuditRecord record = onlyRecordOf(refused);
        assertThat(record.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(record.details()).isEqualTo("refused fields: priority");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badType).get("errors").get(0).get("field").asString())
                .isEqualTo("eventType");
        assertThat(audit.byRequestId(requestId(badType))).isEmpty();
        assertThat(api().get(RULES + "not-an-event-type", tokenOf(TestUser.admin()))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anEventTypeInTheBodyIsAnUnknownPropertyNotARenamedRule() {
        HttpResponse<String> response = api().put(
                        RULES + TYPE,
                        tokenOf(TestUser.admin()),
                        RULE.replaceFirst("\\{", "{\"eventType\":\"certification.CertificateRevoked\","));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString())
                .isEqualTo("eventType");
        assertThat(ApiClient.json(response).get("errors").get(0).get("rule").asString())
                .isEqualTo("unknown");
    }

    @Test
    void pushRoutingChangesAreAuditedOnceEachAndATakeOverIsNamed() {
        String endpoint = "http://localhost:9/push/" + UUID.randomUUID();
        TestUser owner = TestUser.specialist(UUID.randomUUID().toString());
        TestUser other = TestUser.specialist(UUID.randomUUID().toString());

        HttpResponse<String> subscribed = api().post("/api/push-subscriptions", tokenOf(owner), body(endpoint));
        HttpResponse<String> takenOver = api().post("/api/push-subscriptions", tokenOf(other), body(endpoint));
        HttpResponse<String> removed = api().delete(
                        "/api/push-subscriptions?endpoint=" + URLEncoder.encode(endpoint, StandardCharsets.UTF_8),
                        tokenOf(other));

        assertThat(List.of(subscribed.statusCode(), takenOver.statusCode(), removed.statusCode()))
                .containsExactly(201, 201, 204);
        String id = ApiClient.json(subscribed).get("id").asString();
        assertThat(onlyRecordOf(subscribed).action()).isEqualTo("push-subscription.subscribe");
        assertThat(onlyRecordOf(takenOver).action()).isEqualTo("push-subscription.take-over");
        assertThat(onlyRecordOf(takenOver).actorSubject()).isEqualTo(other.subject());
        assertThat(onlyRecordOf(removed).action()).isEqualTo("push-subscription.unsubscribe");
        assertThat(audit.byObject("push-subscription", id)).hasSize(3);
    }

    private static String body(String endpoint) {
        BrowserKeys keys = new BrowserKeys();
        return """
                {"endpoint":"%s","keys":{"p256dh":"%s","auth":"%s"}}""".formatted(endpoint, keys.p256dh(), keys.auth());
    }

    private AuditRecord onlyRecordOf(HttpResponse<String> response) {
        List<AuditRecord> records = audit.byRequestId(requestId(response));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).requestId()).isEqualTo(requestId(response));
        return records.get(0);
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow();
    }
}
