package cn.jinshan.ladder.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.AuthorizationMatrix;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every route of the OpenAPI document × anonymous, another firm and a specialist, on a firm's own inbox item. */
class AuthorizationMatrixIT extends PlatformIT {

    @Test
    void noCallerReachesAnotherFirmsNotifications() {
        String victim = ContractEvents.newCreditCode();
        String attacker = ContractEvents.newCreditCode();
        ContractEvents.Built returned =
                ContractEvents.from("certification.ApplicationReturned", 1, null, Map.of("enterpriseId", victim));
        KafkaProbe.send("certification.events", returned.key(), returned.json());
        String victimToken = tokenOf(TestUser.enterprise(victim));
        String item = await().atMost(Duration.ofSeconds(30)).until(() -> firstItem(victimToken), id -> id != null);
        String before = api().get("/api/notifications", victimToken).body();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("other firm", tokenOf(TestUser.enterprise(attacker)));
        callers.put("specialist", tokenOf(TestUser.specialist(UUID.randomUUID().toString())));
        Map<String, String> victimIds = Map.of("id", item);
        AuthorizationMatrix matrix = AuthorizationMatrix.fromOpenApi(api());

        assertThat(matrix.operations()).hasSizeGreaterThan(10);
        assertThat(matrix.anonymousCalls(victimIds)).isEmpty();
        callers.forEach((caller, token) ->
                assertThat(matrix.foreignCalls(caller, token, victimIds)).isEmpty());
        assertThat(matrix.randomProbes(callers, victimIds, 1000, 20261128L)).isEmpty();
        assertThat(api().get("/api/notifications", victimToken).body()).isEqualTo(before);
    }

    private String firstItem(String token) {
        JsonNode items = ApiClient.json(api().get("/api/notifications", token)).get("items");
        return items == null || items.isEmpty() ? null : items.get(0).get("id").asString();
    }
}
