package cn.jinshan.ladder.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.Inboxes;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RuleAdministrationIT extends PlatformIT {

    private static final String RULES = "/api/admin/notification-rules";

    @Test
    void theShippedRulesAreSeededAndOnlyAdminsSeeThem() {
        HttpResponse<String> asAdmin = api().get(RULES, tokenOf(TestUser.admin()));
        HttpResponse<String> asOfficial = api().get(RULES, tokenOf(TestUser.official()));

        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(asAdmin)
                        .valueStream()
                        .map(rule -> rule.get("eventType").asString()))
                .contains(
                        "enterprise.EnterpriseRegistered",
                        "certification.ApplicationSubmitted",
                        "certification.ApplicationReturned",
                        "certification.CertificateIssued");
        assertThat(asOfficial.statusCode()).isEqualTo(403);
    }

    @Test
    void anEditedRuleShapesTheNextNotification() {
        String type = "certification.ApplicationWithdrawn";
        String rule = """
                {"enabled":true,"recipients":["OFFICIALS"],"category":"APPLICATION","priority":"LOW",
                 "title":{"zh":"申报已撤回：{enterpriseName}","en":"Application withdrawn: {enterpriseName}"},
                 "body":{"zh":"申报 {aggregateId} 已撤回。","en":"Application {aggregateId} was withdrawn."},
                 "link":"/applications/{aggregateId}"}""";

        HttpResponse<String> saved = api().put(RULES + "/" + type, tokenOf(TestUser.admin()), rule);
        assertThat(saved.statusCode()).isEqualTo(200);

        String enterpriseId = ContractEvents.newCreditCode();
        ContractEvents.Built registered = ContractEvents.from(
                "enterprise.EnterpriseRegistered",
                1,
                enterpriseId,
                java.util.Map.of(
                        "enterpriseId", enterpriseId, "creditCode", enterpriseId, "legalName", "上海枫泰精密机械有限公司"));
        KafkaProbe.send("enterprise.events", enterpriseId, registered.json());
        String applicationId = "app-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String withdrawn = """
                {"eventId":"%s","type":"%s","version":1,"occurredAt":"2026-11-28T10:00:00Z",
                 "aggregateId":"%s","payload":{"applicationId":"%s","enterpriseId":"%s"}}""".formatted(eventId, type, applicationId, applicationId, enterpriseId);
        Inboxes inboxes = new Inboxes(api());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxes.item(
                                TestUser.official(), Notification.idFor(registered.eventId(), "role:OFFICIAL"))
                        .isPresent());
        KafkaProbe.send("certification.events", applicationId, withdrawn);

        String id = Notification.idFor(eventId, "role:OFFICIAL");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxes.item(TestUser.official(), id).isPresent());
        JsonNode item = inboxes.item(TestUser.official(), id).orElseThrow();
        assertThat(item.get("title").asString()).isEqualTo("申报已撤回：上海枫泰精密机械有限公司");
        assertThat(item.get("priority").asString()).isEqualTo("LOW");
        assertThat(item.get("link").asString()).isEqualTo("/applications/" + applicationId);
    }

    @Test
    void anInvalidRuleIsAProblemNamingTheField() {
        String rule = """
                {"recipients":["EVERYONE"],"category":"APPLICATION","priority":"URGENT",
                 "title":{"zh":"标题","en":""},"body":{"zh":"正文","en":"Body"}}""";

        HttpResponse<String> response =
                api().put(RULES + "/certification.ApplicationSubmitted", tokenOf(TestUser.admin()), rule);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("recipients", "priority", "title.en");
    }
}
