package cn.jinshan.ladder.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import cn.jinshan.ladder.notification.inbox.domain.Address;
import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.inbox.domain.Priority;
import cn.jinshan.ladder.notification.rules.domain.EventFacts;
import cn.jinshan.ladder.notification.rules.domain.NotificationPlanner;
import cn.jinshan.ladder.notification.rules.domain.RecipientKind;
import cn.jinshan.ladder.notification.rules.domain.Rule;
import cn.jinshan.ladder.notification.rules.domain.Template;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Rule SUBMITTED = new Rule(
            "certification.ApplicationSubmitted",
            true,
            List.of(RecipientKind.OFFICIALS, RecipientKind.SPECIALIST, RecipientKind.ENTERPRISE),
            Category.APPLICATION,
            Priority.HIGH,
            new Template("{enterpriseName}提交了申报", "{enterpriseName} submitted an application"),
            new Template("申报 {applicationId}", "Application {applicationId}"),
            "/applications/{applicationId}");

    @Test
    void oneItemPerRecipientWithTheSpecialistFromTheDirectory() {
        EventFacts facts = new EventFacts(
                "e-1",
                "certification.ApplicationSubmitted",
                "app-7",
                NOW,
                Map.of("enterpriseId", "91310116MA1J8K3L22", "applicationId", "app-7"));
        EnterpriseContact contact =
                new EnterpriseContact("91310116MA1J8K3L22", "上海金鑫新材料科技有限公司", "金鑫", "山阳镇", "新材料", null, "specialist.li");

        List<Notification> planned = NotificationPlanner.plan(SUBMITTED, facts, Optional.of(contact), NOW);

        assertThat(planned)
                .extracting(n -> n.addresses().get(0))
                .containsExactly(
                        Address.role("OFFICIAL"),
                        Address.username("specialist.li"),
                        Address.enterprise("91310116MA1J8K3L22"));
        assertThat(planned.get(0).title().zh()).isEqualTo("上海金鑫新材料科技有限公司提交了申报");
        assertThat(planned.get(0).title().en()).isEqualTo("上海金鑫新材料科技有限公司 submitted an application");
        assertThat(planned.get(0).link()).isEqualTo("/applications/app-7");
        assertThat(planned.get(1).id()).isEqualTo(Notification.idFor("e-1", "username:specialist.li"));
    }

    @Test
    void aFirmWithoutSpecialistGetsNoSpecialistItemAndADisabledRuleNothing() {
        EventFacts facts =
                new EventFacts("e-2", "certification.ApplicationSubmitted", "app-8", NOW, Map.of("enterpriseId", "X"));
        Rule disabled = new Rule(
                SUBMITTED.eventType(),
                false,
                SUBMITTED.recipients(),
                SUBMITTED.category(),
                SUBMITTED.priority(),
                SUBMITTED.title(),
                SUBMITTED.body(),
                SUBMITTED.link());

        assertThat(NotificationPlanner.plan(SUBMITTED, facts, Optional.empty(), NOW))
                .hasSize(2);
        assertThat(NotificationPlanner.plan(disabled, facts, Optional.empty(), NOW))
                .isEmpty();
    }

    @Test
    void aTechnologyCentreCertificateReadsByNameAndAnOpenEndedOneSaysSo() {
        EventFacts facts = new EventFacts(
                "e-9",
                "certification.CertificateIssued",
                "cert-9",
                NOW,
                Map.of("enterpriseId", "X", "programme", "TECH_CENTER_DISTRICT", "validFrom", "2026-11-29"));

        Map<String, String> values = NotificationPlanner.valuesFor(facts, java.util.Optional.empty());

        assertThat(values)
                .containsEntry("programmeZh", "区级企业技术中心")
                .containsEntry("programmeEn", "district enterprise technology centre")
                .containsEntry("validUntil", "—");
    }
}
