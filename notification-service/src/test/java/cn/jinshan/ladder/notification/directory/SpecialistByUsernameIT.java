package cn.jinshan.ladder.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.Inboxes;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The known finding: a firm registered with only a specialist's username (no subject yet) did not notify that
 * specialist. The registration names the specialist as the registering official typed it, and the directory keeps it
 * for the firm's later events; the specialist's token carries the username as Keycloak keeps it (lower case).
 */
class SpecialistByUsernameIT extends PlatformIT {

    @Test
    void aFirmRegisteredWithOnlyASpecialistUsernameNotifiesThatSpecialist() {
        String username = "li.ming-" + UUID.randomUUID().toString().substring(0, 8);
        TestUser specialist = TestUser.specialist(UUID.randomUUID().toString(), username);
        String enterpriseId = ContractEvents.newCreditCode();

        Map<String, Object> payload = new HashMap<>();
        payload.put("enterpriseId", enterpriseId);
        payload.put("creditCode", enterpriseId);
        payload.put("specialistId", null);
        payload.put("specialistUsername", " " + username.toUpperCase() + " ");
        ContractEvents.Built registered =
                ContractEvents.from("enterprise.EnterpriseRegistered", 1, enterpriseId, payload);
        KafkaProbe.send("enterprise.events", enterpriseId, registered.json());
        ContractEvents.Built submitted = ContractEvents.from(
                "certification.ApplicationSubmitted", 1, "app-" + enterpriseId, Map.of("enterpriseId", enterpriseId));
        KafkaProbe.send("certification.events", submitted.key(), submitted.json());

        awaitItem(specialist, registered);
        awaitItem(specialist, submitted);
    }

    @Test
    void aRegistrationReadAfterTheAssignmentKeepsTheAssignedSpecialist() {
        String username = "wang.fang-" + UUID.randomUUID().toString().substring(0, 8);
        TestUser specialist = TestUser.specialist(UUID.randomUUID().toString(), username);
        String enterpriseId = ContractEvents.newCreditCode();

        Map<String, Object> assignment = new HashMap<>();
        assignment.put("enterpriseId", enterpriseId);
        assignment.put("specialistId", null);
        assignment.put("specialistUsername", username);
        ContractEvents.Built assigned =
                ContractEvents.from("enterprise.SpecialistAssigned", 1, enterpriseId, assignment);
        KafkaProbe.send("enterprise.events", enterpriseId, assigned.json());
        awaitItem(specialist, assigned);
        Map<String, Object> registration = new HashMap<>();
        registration.put("enterpriseId", enterpriseId);
        registration.put("creditCode", enterpriseId);
        registration.put("specialistId", null);
        registration.put("specialistUsername", null);
        ContractEvents.Built registered =
                ContractEvents.from("enterprise.EnterpriseRegistered", 1, enterpriseId, registration);
        KafkaProbe.send("enterprise.events", enterpriseId, registered.json());
        ContractEvents.Built submitted = ContractEvents.from(
                "certification.ApplicationSubmitted", 1, "app-" + enterpriseId, Map.of("enterpriseId", enterpriseId));
        KafkaProbe.send("certification.events", submitted.key(), submitted.json());

        awaitItem(specialist, submitted);
    }

    /** The specialist, known to the event's firm by username only, has the item the event caused. */
    private void awaitItem(TestUser specialist, ContractEvents.Built event) {
        String id = Notification.idFor(event.eventId(), "username:" + specialist.username());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(new Inboxes(api()).item(specialist, id))
                        .as("item of %s for %s", event.eventId(), specialist.username())
                        .isPresent());
    }
}
