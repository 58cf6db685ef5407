package cn.jinshan.ladder.enterprise.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DemoDataIT extends EnterpriseIntegrationTest {

    @Autowired
    DemoDataSeeder seeder;

    @Test
    void theDemoDistrictIsSeededOnceAndAnnouncedOnKafka() {
        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            seeder.seed();
            long firms = ApiClient.json(api().get("/api/enterprises?size=1", official()))
                    .get("total")
                    .asLong();
            assertThat(firms).as("seeded here or by an earlier IT").isGreaterThanOrEqualTo(300);
            assertThat(seeder.seedIfEmpty()).isZero();
            assertThat(seeder.seed()).isZero();

            List<ConsumerRecord<String, String>> jinxin = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (jinxin.size() < 2 && System.nanoTime() < deadline) {
                probe.poll(Duration.ofMillis(500)).stream()
                        .filter(r -> DemoDistrict.JINXIN.equals(r.key()))
                        .forEach(jinxin::add);
            }
            assertThat(jinxin)
                    .extracting(r -> new String(
                            r.headers().lastHeader("ladder-event-type").value()))
                    .containsExactly("enterprise.EnterpriseRegistered", "enterprise.SpecialistAssigned");
        }

        TestUser li = new TestUser(UUID.randomUUID().toString(), "specialist.li", List.of("SPECIALIST"), null);
        JsonNode portfolio = ApiClient.json(api().get("/api/enterprises?specialist=me&size=100", token(li)));
        assertThat(portfolio.get("total").asLong()).isGreaterThan(50);
        assertThat(portfolio.get("items").findValuesAsString("town")).doesNotContain("枫泾镇", "朱泾镇");

        JsonNode own = ApiClient.json(api().get(
                        "/api/enterprises/" + DemoDistrict.JINXIN + "/ladder",
                        token(TestUser.enterprise(DemoDistrict.JINXIN))));
        assertThat(own.get("history").size()).isGreaterThanOrEqualTo(2);
        assertThat(api().get(
                                "/api/enterprises/" + DemoDistrict.FENGTAI,
                                token(TestUser.enterprise(DemoDistrict.JINXIN)))
                        .statusCode())
                .isEqualTo(404);
        JsonNode metrics =
                ApiClient.json(api().get("/api/enterprises/" + DemoDistrict.JINXIN + "/metrics", official()));
        assertThat(metrics.get("years").size()).isEqualTo(5);
    }
}
