package cn.jinshan.ladder.notification.inbox;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InboxIT extends PlatformIT {

    private static final String REGISTERED = "enterprise.EnterpriseRegistered";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestUser OFFICIAL = TestUser.official();
    private static final TestUser OTHER_OFFICIAL =
            new TestUser("00000000-0000-0000-0000-0000000000a2", "official.wang", List.of("OFFICIAL"), null);

    private Inboxes inboxes() {
        return new Inboxes(api());
    }

    @Test
    void theContractExampleReachesOfficialsOnceEvenWhenDelivered() {
        String example = ContractEvents.example(REGISTERED, 1);
        JsonNode envelope = JSON.readTree(example);
        String eventId = envelope.get("eventId").asString();
        String enterpriseId = envelope.get("aggregateId").asString();
        String id = Notification.idFor(eventId, "role:OFFICIAL");

        KafkaProbe.send("enterprise.events", enterpriseId, example);
        KafkaProbe.send("enterprise.events", enterpriseId, example);
        ContractEvents.Built sentinel = ContractEvents.from(REGISTERED, 1, null, Map.of());
        KafkaProbe.send("enterprise.events", sentinel.key(), sentinel.json());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxes()
                        .item(OFFICIAL, Notification.idFor(sentinel.eventId(), "role:OFFICIAL"))
                        .isPresent());
        List<JsonNode> fromExample = inboxes().items(OFFICIAL).stream()
                .filter(item -> id.equals(item.get("id").asString()))
                .toList();
        assertThat(fromExample).hasSize(1);
        JsonNode item = fromExample.get(0);
        assertThat(item.get("title").asString()).isEqualTo("新企业登记：上海金鑫新材料科技有限公司（91310116MA1J8K3L22）");
        assertThat(item.get("category").asString()).isEqualTo("PORTFOLIO");
        assertThat(item.get("priority").asString()).isEqualTo("NORMAL");
        assertThat(item.get("link").asString()).isEqualTo("/enterprises/91310116MA1J8K3L22");
        assertThat(item.get("read").asBoolean()).isFalse();
    }

    @Test
    void englishReadersGetTheEnglishText() {
        ContractEvents.Built event = registered(Map.of());
        String id = Notification.idFor(event.eventId(), "role:OFFICIAL");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxes().item(OFFICIAL, id).isPresent());
        HttpResponse<String> response = api().send(api().request("/api/notifications?size=100", tokenOf(OFFICIAL))
                .header("Accept-Language", "en-US,en;q=0.8")
                .GET()
                .build());

        JsonNode item = itemIn(ApiClient.json(response), id);
        assertThat(item.get("title").asString()).startsWith("New enterprise registered: 上海金鑫新材料科技有限公司 (");
    }

    @Test
    void aFirmUserSeesNeitherOfficialsItemsNorCanTouchThem() {
        String enterpriseId = ContractEvents.newCreditCode();
        ContractEvents.Built event =
                registered(enterpriseId, Map.of("enterpriseId", enterpriseId, "creditCode", enterpriseId));
        String id = Notification.idFor(event.eventId(), "role:OFFICIAL");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxes().item(OFFICIAL, id).isPresent());
        TestUser firm = TestUser.enterprise(enterpriseId);

        assertThat(inboxes().items(firm))
                .noneMatch(item -> id.equals(item.get("id").asString()));
        HttpResponse<String> read = api().post("/api/notifications/" + id + "/read", tokenOf(firm), "");
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(read).get("type").asString())
                .isEqualTo("https://ladder.jinshan.gov.cn/problems/not-found");
    }

    @Test
    void theFirmsSpecialistIsReachedBySubjectOrByUsername() {
        String subject = UUID.randomUUID().toString();
        ContractEvents.Built bySubject = registered(Map.of("specialistId", subject));
        ContractEvents.Built byUsername = registered(Map.of("specialistUsername", "specialist.li"));
        TestUser specialist = TestUser.specialist(subject);
        TestUser li = new TestUser(UUID.randomUUID().toString(), "specialist.li", List.of("SPECIALIST"), null);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxes()
                        .item(specialist, Notification.idFor(bySubject.eventId(), "user:" + subject))
                        .isPresent());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxes()
                        .item(li, Notification.idFor(byUsername.eventId(), "username:specialist.li"))
                        .isPresent());
        assertThat(inboxes().items(specialist))
                .noneMatch(item -> item.get("id")
                        .asString()
                        .equals(Notification.idFor(byUsername.eventId(), "username:specialist.li")));
    }

    @Test
    void aReassignedSpecialistReceivesTheFirmsNextApplication() {
        String enterpriseId = ContractEvents.newCreditCode();
        registered(
                enterpriseId,
                Map.of("enterpriseId", enterpriseId, "creditCode", enterpriseId, "legalName", "上海枫泰精密机械有限公司"));
        String username = "specialist.zhao-" + UUID.randomUUID();
        ContractEvents.Built assigned = ContractEvents.from(
                "enterprise.SpecialistAssigned",
                1,
                enterpriseId,
                Map.of("enterpriseId", enterpriseId, "specialistUsername", username));
        KafkaProbe.send("enterprise.events", enterpriseId, assigned.json());
        ContractEvents.Built submitted = ContractEvents.from(
                "certification.ApplicationSubmitted", 1, null, Map.of("enterpriseId", enterpriseId));
        KafkaProbe.send("certification.events", submitted.key(), submitted.json());
        TestUser zhao = new TestUser(UUID.randomUUID().toString(), username, List.of("SPECIALIST"), null);

        String id = Notification.idFor(submitted.eventId(), "username:" + username);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxes().item(zhao, id).isPresent());
        JsonNode item = inboxes().item(zhao, id).orElseThrow();
        assertThat(item.get("title").asString()).isEqualTo("新申报待审核：上海枫泰精密机械有限公司");
        assertThat(item.get("body").asString()).contains("专精特新中小企业");
        assertThat(inboxes().items(TestUser.enterprise(enterpriseId)))
                .anyMatch(mine -> mine.get("id")
                        .asString()
                        .equals(Notification.idFor(submitted.eventId(), "enterprise:" + enterpriseId)));
    }

    @Test
    void readUnreadAndArchiveArePerUser() {
        ContractEvents.Built event = registered(Map.of());
        String id = Notification.idFor(event.eventId(), "role:OFFICIAL");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxes().item(OFFICIAL, id).isPresent());
        long unreadBefore = inboxes().page(OFFICIAL, "").get("unreadCount").asLong();

        HttpResponse<String> read = api().post("/api/notifications/" + id + "/read", tokenOf(OFFICIAL), "");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(read).get("read").asBoolean()).isTrue();
        assertThat(inboxes().page(OFFICIAL, "").get("unreadCount").asLong()).isEqualTo(unreadBefore - 1);
        assertThat(inboxes().item(OTHER_OFFICIAL, id).orElseThrow().get("read").asBoolean())
                .isFalse();

        api().post("/api/notifications/" + id + "/unread", tokenOf(OFFICIAL), "");
        assertThat(inboxes().item(OFFICIAL, id).orElseThrow().get("read").asBoolean())
                .isFalse();

        HttpResponse<String> archived = api().post("/api/notifications/" + id + "/archive", tokenOf(OFFICIAL), "");
        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(inboxes().item(OFFICIAL, id)).isEmpty();
        assertThat(itemIn(inboxes().page(OFFICIAL, "?archived=true&size=100"), id)
                        .get("archived")
                        .asBoolean())
                .isTrue();
        assertThat(inboxes().item(OTHER_OFFICIAL, id)).isPresent();
    }

    @Test
    void pagesAreBoundedAndNamedInTheProblem() {
        HttpResponse<String> tooLarge = api().get("/api/notifications?size=101", tokenOf(OFFICIAL));
        HttpResponse<String> anonymous = api().get("/api/notifications", null);

        assertThat(tooLarge.statusCode()).isEqualTo(400);
        JsonNode error = ApiClient.json(tooLarge).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("size");
        assertThat(error.get("rule").asString()).isEqualTo("max");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static ContractEvents.Built registered(Map<String, Object> payload) {
        return registered(null, payload);
    }

    private static ContractEvents.Built registered(String aggregateId, Map<String, Object> payload) {
        ContractEvents.Built event = ContractEvents.from(REGISTERED, 1, aggregateId, payload);
        KafkaProbe.send("enterprise.events", event.key(), event.json());
        return event;
    }

    private static JsonNode itemIn(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + page);
    }
}
