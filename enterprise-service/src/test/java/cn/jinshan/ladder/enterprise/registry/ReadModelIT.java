package cn.jinshan.ladder.enterprise.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.enterprise.CreditCodes;
import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.enterprise.registry.application.DirectoryUpkeep;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseStore;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The list read model: read-your-writes on the instance that wrote, another instance's write seen once its event
 * arrives on {@code enterprise.events}, and firms stored behind the service's back listed after the start-up load.
 */
class ReadModelIT extends EnterpriseIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DirectoryUpkeep upkeep;

    @Autowired
    EnterpriseStore store;

    @Test
    void aWriteIsListedAtOnceOnTheInstanceThatMadeIt() {
        String firm = registerFirm("上海读己之写测试有限公司");
        assertThat(codes("town=山阳镇&q=" + firm)).containsExactly(firm);

        var patched = api().patch("/api/enterprises/" + firm, official(), """
                {"town": "朱泾镇", "cluster": "智能装备"}
                """);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

        assertThat(codes("town=朱泾镇&cluster=智能装备&q=" + firm)).containsExactly(firm);
        assertThat(codes("town=山阳镇&q=" + firm)).isEmpty();
        JsonNode page = list("town=朱泾镇&q=" + firm + "&sort=legalName&direction=desc&page=0&size=5");
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("legalName").asString()).isEqualTo("上海读己之写测试有限公司");
    }

    @Test
    void anotherInstancesWritesAreListedOnceTheirEventsArrive() {
        String template = registerFirm("上海他处写入模板有限公司");
        Document copy =
                new Document(enterprises().find(Filters.eq("_id", template)).first());
        String firm = CreditCodes.next();
        copy.put("_id", firm);
        copy.put("outbox", List.of());
        copy.put("pendingChanges", List.of());
        enterprises().insertOne(copy);
        assertThat(codes("q=" + firm))
                .as("another instance's registration, its event not yet here")
                .isEmpty();

        KafkaProbe.send("enterprise.events", firm, "{\"type\":\"enterprise.EnterpriseRegistered\"}");
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(codes("town=山阳镇&q=" + firm)).containsExactly(firm));

        enterprises()
                .updateOne(
                        Filters.eq("_id", firm),
                        Updates.combine(Updates.set("profile.town", "廊下镇"), Updates.inc("version", 1L)));
        KafkaProbe.send("enterprise.events", firm, "{\"type\":\"enterprise.EnterpriseUpdated\"}");
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(codes("town=廊下镇&q=" + firm)).containsExactly(firm));
        assertThat(codes("town=山阳镇&q=" + firm)).isEmpty();
    }

    @Test
    void firmsStoredBehindTheServicesBackAreListedAfterTheStartUpLoadWithTheirPendingChanges() {
        String template = registerFirm("上海启动加载模板有限公司");
        Document copy =
                new Document(enterprises().find(Filters.eq("_id", template)).first());
        String firm = CreditCodes.next();
        String change = UUID.randomUUID().toString();
        copy.put("_id", firm);
        copy.put("outbox", List.of());
        copy.put("pendingChanges", List.of(new Document("id", change).append("at", new Date())));
        copy.get("profile", Document.class).put("legalName", "上海启动加载测试有限公司");
        enterprises().insertOne(copy);
        assertThat(codes("q=" + firm)).as("not known before the load").isEmpty();

        int loaded = upkeep.load();

        assertThat(loaded).isGreaterThanOrEqualTo(2);
        assertThat(codes("q=" + firm)).containsExactly(firm);
        assertThat(codes("q=上海启动加载测试")).containsExactly(firm);
        assertThat(store.pending(1000))
                .as("the sweep finds its pending change by _id")
                .anySatisfy(pending -> {
                    assertThat(pending.enterpriseId()).isEqualTo(firm);
                    assertThat(pending.changes())
                            .singleElement()
                            .satisfies(c -> assertThat(c.id()).isEqualTo(change));
                });
    }

    private List<String> codes(String filters) {
        JsonNode page = list(filters);
        return page.get("items")
                .valueStream()
                .map(item -> item.get("creditCode").asString())
                .toList();
    }

    private JsonNode list(String filters) {
        var response = api().get("/api/enterprises?" + filters, official());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private MongoCollection<Document> enterprises() {
        return mongo.getCollection("enterprises");
    }
}
