package cn.jinshan.ladder.notification.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.reminders.application.ReminderFiring;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.Inboxes;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RemindersIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Instant FIRST_DUE = Instant.parse("2029-04-01T01:00:00Z");
    private static final Instant SECOND_DUE = Instant.parse("2029-05-31T01:00:00Z");
    private static final Instant THIRD_DUE = Instant.parse("2029-06-23T01:00:00Z");

    @Autowired
    ReminderFiring firing;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCertificateExpiringGetsItsRemindersAtTheRightTimes() {
        String enterpriseId = ContractEvents.newCreditCode();
        TestUser firm = TestUser.enterprise(enterpriseId);
        clock.setTo(Instant.parse("2029-03-20T04:00:00Z"));
        issueCertificate(enterpriseId, "2029-06-30");
        awaitStatuses(enterpriseId, "PENDING", "PENDING", "PENDING");

        clock.setTo(FIRST_DUE.minusSeconds(60));
        firing.fireDue();
        assertThat(reminderItems(firm)).isEmpty();

        clock.setTo(FIRST_DUE.plusSeconds(30));
        firing.fireDue();
        assertThat(reminderItems(firm))
                .singleElement()
                .satisfies(item -> assertThat(item.get("title").asString()).isEqualTo("证书90天后到期：专精特新中小企业"));

        clock.setTo(SECOND_DUE.plusSeconds(30));
        firing.fireDue();
        assertThat(reminderItems(firm)).hasSize(2);
        assertThat(statuses(enterpriseId)).containsExactly("FIRED", "FIRED", "PENDING");
    }

    @Test
    void aRenewalCancelsThePendingRemindersAndARevocationCancelsTheRest() {
        String enterpriseId = ContractEvents.newCreditCode();
        issueCertificate(enterpriseId, "2029-06-30");
        awaitStatuses(enterpriseId, "PENDING", "PENDING", "PENDING");

        issueCertificate(enterpriseId, "2032-06-30");
        awaitStatuses(enterpriseId, "CANCELLED", "CANCELLED", "CANCELLED", "PENDING", "PENDING", "PENDING");

        ContractEvents.Built revoked =
                ContractEvents.from("certification.CertificateRevoked", 1, null, Map.of("enterpriseId", enterpriseId));
        KafkaProbe.send("certification.events", revoked.key(), revoked.json());
        awaitStatuses(enterpriseId, "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
    }

    @Test
    void twoSchedulersFiringAtOnceFireEachReminderOnce() throws Exception {
        List<String> firms =
                List.of(ContractEvents.newCreditCode(), ContractEvents.newCreditCode(), ContractEvents.newCreditCode());
        firms.forEach(firm -> issueCertificate(firm, "2029-06-30"));
        firms.forEach(firm -> awaitStatuses(firm, "PENDING", "PENDING", "PENDING"));
        clock.setTo(THIRD_DUE.plusSeconds(60));

        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> fireAfter(start));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> fireAfter(start));

        assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(9);
        for (String firm : firms) {
            assertThat(statuses(firm)).containsExactly("FIRED", "FIRED", "FIRED");
            assertThat(reminderItems(TestUser.enterprise(firm)))
                    .extracting(item -> item.get("title").asString())
                    .containsExactlyInAnyOrder("证书90天后到期：专精特新中小企业", "证书30天后到期：专精特新中小企业", "证书7天后到期：专精特新中小企业");
        }
    }

    @Test
    void reportedFiguresScheduleTheNextAnnualUpdateAndAFreshReportReplacesThem() {
        String enterpriseId = ContractEvents.newCreditCode();
        reportFigures(enterpriseId, clock.instant().minus(Duration.ofDays(10)));
        awaitStatuses(enterpriseId, "PENDING", "PENDING", "PENDING");
        List<String> due = ApiClient.json(
                        api().get("/api/reminders?enterpriseId=" + enterpriseId, tokenOf(TestUser.official())))
                .valueStream()
                .map(reminder -> reminder.get("dueAt").asString())
                .sorted()
                .toList();
        assertThat(Duration.between(Instant.parse(due.get(0)), Instant.parse(due.get(2))))
                .isEqualTo(Duration.ofDays(30));

        reportFigures(enterpriseId, clock.instant());
        awaitStatuses(enterpriseId, "CANCELLED", "CANCELLED", "CANCELLED", "PENDING", "PENDING", "PENDING");
    }

    private static void reportFigures(String enterpriseId, Instant at) {
        ContractEvents.Built reported = ContractEvents.from(
                "enterprise.MetricsReported", 1, enterpriseId, Map.of("enterpriseId", enterpriseId));
        ObjectNode event = (ObjectNode) JSON.readTree(reported.json());
        event.put("occurredAt", at.toString());
        KafkaProbe.send("enterprise.events", reported.key(), JSON.writeValueAsString(event));
    }

    @Test
    void onlyOfficialsAndAdminsListReminders() {
        String enterpriseId = ContractEvents.newCreditCode();

        assertThat(api().get("/api/reminders?enterpriseId=" + enterpriseId, tokenOf(TestUser.enterprise(enterpriseId)))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/reminders?enterpriseId=" + enterpriseId, tokenOf(TestUser.admin()))
                        .statusCode())
                .isEqualTo(200);
    }

    private int fireAfter(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return firing.fireDue();
    }

    private static void issueCertificate(String enterpriseId, String validUntil) {
        ContractEvents.Built issued = ContractEvents.from(
                "certification.CertificateIssued",
                1,
                "cert-" + UUID.randomUUID(),
                Map.of(
                        "enterpriseId",
                        enterpriseId,
                        "certificateId",
                        UUID.randomUUID().toString(),
                        "validUntil",
                        validUntil));
        KafkaProbe.send("certification.events", issued.key(), issued.json());
    }

    private void awaitStatuses(String enterpriseId, String... expected) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(statuses(enterpriseId)).containsExactlyInAnyOrder(expected));
    }

    private List<String> statuses(String enterpriseId) {
        return ApiClient.json(api().get("/api/reminders?enterpriseId=" + enterpriseId, tokenOf(TestUser.official())))
                .valueStream()
                .map(reminder -> reminder.get("status").asString())
                .toList();
    }

    private List<JsonNode> reminderItems(TestUser firm) {
        return new Inboxes(api())
                .items(firm).stream()
                        .filter(item -> item.get("category").asString().equals("REMINDER"))
                        .toList();
    }
}
