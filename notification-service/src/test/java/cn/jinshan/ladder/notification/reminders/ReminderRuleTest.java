package cn.jinshan.ladder.notification.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.notification.reminders.application.ReminderBook;
import cn.jinshan.ladder.notification.reminders.domain.Reminder;
import cn.jinshan.ladder.notification.reminders.domain.ReminderRule;
import cn.jinshan.ladder.notification.rules.domain.EventFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReminderRuleTest {

    private static final ReminderRule EXPIRY = ReminderBook.load(
                    JsonMapper.builder().build())
            .stream()
            .filter(rule -> rule.name().equals("certificate-expiry"))
            .findFirst()
            .orElseThrow();

    private static EventFacts issued(String validUntil) {
        return new EventFacts(
                "e-1",
                "certification.CertificateIssued",
                "cert-1",
                Instant.parse("2026-07-01T02:00:00Z"),
                Map.of(
                        "certificateId", "cert-1",
                        "enterpriseId", "91310116MA1J8K3L22",
                        "programme", "SPECIALIZED_NEW",
                        "validUntil", validUntil));
    }

    @Test
    void aCertificateGetsRemindersNinetyThirtyAndSevenDaysBeforeItExpiresAtNineInShanghai() {
        List<Reminder> planned = EXPIRY.plan(issued("2029-06-30"), Instant.parse("2026-07-01T02:00:00Z"));

        assertThat(planned)
                .extracting(Reminder::dueAt)
                .containsExactly(
                        Instant.parse("2029-04-01T01:00:00Z"),
                        Instant.parse("2029-05-31T01:00:00Z"),
                        Instant.parse("2029-06-23T01:00:00Z"));
        assertThat(planned).allMatch(r -> r.causeKey().equals("certificate:91310116MA1J8K3L22:SPECIALIZED_NEW"));
        assertThat(planned.get(0).values()).containsEntry("days", "90");
    }

    @Test
    void remindersAlreadyInThePastAreNotPlannedAndThePlanIsStable() {
        Instant now = Instant.parse("2029-06-01T00:00:00Z");

        List<Reminder> planned = EXPIRY.plan(issued("2029-06-30"), now);

        assertThat(planned)
                .singleElement()
                .satisfies(r -> assertThat(r.values()).containsEntry("days", "7"));
        assertThat(EXPIRY.plan(issued("2029-06-30"), now).get(0).id())
                .isEqualTo(planned.get(0).id());
    }
}
