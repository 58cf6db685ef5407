package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class LadderIT extends EnterpriseIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anIssuedCertificateMovesTheFirmUpAndAnExpiryMovesItBackDown() {
        String code = registerFirm("上海阶梯有限公司");
        String certificate = UUID.randomUUID().toString();

        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            KafkaProbe.send(
                    "certification.events",
                    certificate,
                    certificateEvent(UUID.randomUUID(), "certification.CertificateIssued", code, certificate, ""));
            JsonNode up = awaitRung(code, "SPECIALIZED_NEW");
            assertThat(up.get("holdings").get(0).get("status").asString()).isEqualTo("ACTIVE");
            assertThat(listed("programme=SPECIALIZED_NEW&q=" + code)).containsExactly(code);
            assertThat(listed("rung=SPECIALIZED_NEW&q=" + code)).containsExactly(code);
            assertThat(listed("programme=GAZELLE&q=" + code)).isEmpty();
            assertThat(up.get("holdings").get(0).get("ruleVersion").asString()).isEqualTo("MIIT-2022-63");

            KafkaProbe.send(
                    "certification.events",
                    certificate,
                    certificateEvent(
                            UUID.randomUUID(), "certification.CertificateExpired", code, certificate, "期满未复核"));
            JsonNode down = awaitRung(code, "STARTUP");

            JsonNode history = down.get("history");
            assertThat(history.size()).isEqualTo(3);
            assertThat(history.get(0).get("cause").asString()).isEqualTo("registered");
            assertThat(history.get(1).get("rung").asString()).isEqualTo("SPECIALIZED_NEW");
            assertThat(history.get(1).get("exitedAt").isNull()).isFalse();
            assertThat(history.get(1).get("cause").asString()).startsWith("CertificateIssued SPECIALIZED_NEW");
            assertThat(history.get(2).get("cause").asString()).contains("CertificateExpired", "期满未复核");
            assertThat(down.get("holdings").get(0).get("status").asString()).isEqualTo("EXPIRED");
            assertThat(listed("programme=SPECIALIZED_NEW&q=" + code)).isEmpty();

            List<ConsumerRecord<String, String>> moves = RegistrationIT.awaitRecords(probe, code, 3).stream()
                    .filter(r -> r.value().contains("enterprise.LadderRungChanged"))
                    .toList();
            assertThat(moves).hasSize(2);
            moves.forEach(r -> assertThat(Contracts.violations(r.value())).isEmpty());
            assertThat(moves.get(1).value()).contains("\"direction\":\"DOWN\"");
        }
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        String code = registerFirm("上海幂等有限公司");
        String certificate = UUID.randomUUID().toString();
        String issued = certificateEvent(UUID.randomUUID(), "certification.CertificateIssued", code, certificate, "");

        KafkaProbe.send("certification.events", certificate, issued);
        awaitRung(code, "SPECIALIZED_NEW");
        JsonNode before = ladder(code);
        KafkaProbe.send("certification.events", certificate, issued);
        KafkaProbe.send(
                "certification.events",
                certificate,
                certificateEvent(UUID.randomUUID(), "certification.CertificateIssued", code, certificate, ""));
        String marker = registerFirm("上海幂等标记有限公司");
        String markerCertificate = UUID.randomUUID().toString();
        KafkaProbe.send(
                "certification.events",
                markerCertificate,
                certificateEvent(UUID.randomUUID(), "certification.CertificateIssued", marker, markerCertificate, ""));
        awaitRung(marker, "SPECIALIZED_NEW");

        JsonNode after = ladder(code);
        assertThat(after.get("history")).isEqualTo(before.get("history"));
        assertThat(after.get("holdings")).isEqualTo(before.get("holdings"));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        try (KafkaProbe dlt = KafkaProbe.reading("certification.events-dlt")) {
            KafkaProbe.send("certification.events", key, "{\"this is\": not an envelope");
            KafkaProbe.send(
                    "certification.events",
                    key,
                    certificateEvent(
                            UUID.randomUUID(),
                            "certification.CertificateIssued",
                            CreditCodes.next(),
                            UUID.randomUUID().toString(),
                            ""));

            List<ConsumerRecord<String, String>> dead = RegistrationIT.awaitRecords(dlt, key, 2);
            assertThat(dead.get(0).value()).isEqualTo("{\"this is\": not an envelope");
            assertThat(dead.get(1).value()).contains("certification.CertificateIssued");
        }
    }

    @Test
    void theProducersExamplesMoveTheLadderUpAndDown() {
        String code = registerFirm("上海契约示例有限公司");
        String certificate = UUID.randomUUID().toString();

        KafkaProbe.send(
                "certification.events", certificate, fromExample("certification.CertificateIssued", code, certificate));
        JsonNode up = awaitRung(code, "SPECIALIZED_NEW");
        KafkaProbe.send(
                "certification.events",
                certificate,
                fromExample("certification.CertificateRevoked", code, certificate));
        JsonNode down = awaitRung(code, "STARTUP");

        assertThat(up.get("holdings").get(0).get("ruleVersion").asString()).isEqualTo("MIIT-2026-2");
        assertThat(down.get("holdings").get(0).get("status").asString()).isEqualTo("REVOKED");
        assertThat(down.get("history").get(2).get("cause").asString()).contains("CertificateRevoked", "申报数据造假");
    }

    @Test
    void anExpiryExampleMarksTheHoldingExpired() {
        String code = registerFirm("上海契约到期有限公司");
        String certificate = UUID.randomUUID().toString();

        KafkaProbe.send(
                "certification.events", certificate, fromExample("certification.CertificateIssued", code, certificate));
        awaitRung(code, "SPECIALIZED_NEW");
        KafkaProbe.send(
                "certification.events",
                certificate,
                fromExample("certification.CertificateExpired", code, certificate));

        JsonNode down = awaitRung(code, "STARTUP");
        assertThat(down.get("holdings").get(0).get("status").asString()).isEqualTo("EXPIRED");
    }

    /** The producer's example of a type, re-addressed to a fresh firm, certificate and event id. */
    private static String fromExample(String type, String enterpriseId, String certificateId) {
        ObjectNode event = (ObjectNode) JSON.readTree(Contracts.example(type, 1));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", Instant.now().toString());
        event.put("aggregateId", certificateId);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("certificateId", certificateId);
        payload.put("enterpriseId", enterpriseId);
        assertThat(Contracts.violations(event.toString())).isEmpty();
        return event.toString();
    }

    private JsonNode awaitRung(String code, String rung) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(ladder(code).get("rung").asString()).isEqualTo(rung));
        return ladder(code);
    }

    private List<String> listed(String query) {
        return ApiClient.json(api().get("/api/enterprises?" + query, official()))
                .get("items")
                .findValuesAsString("id");
    }

    private JsonNode ladder(String code) {
        return ApiClient.json(api().get("/api/enterprises/" + code + "/ladder", official()));
    }

    static String certificateEvent(
            UUID eventId, String type, String enterpriseId, String certificateId, String reason) {
        return """
                {"eventId":"%s","type":"%s","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"certificateId":"%s","enterpriseId":"%s","programme":"SPECIALIZED_NEW","level":"MUNICIPAL",
                  "number":"沪专精2026-0001","validFrom":"2026-06-01","validUntil":"2029-05-31",
                  "ruleVersion":"MIIT-2022-63","announcedOn":"2026-06-01","reason":"%s"}}
                """.formatted(eventId, type, Instant.now(), certificateId, certificateId, enterpriseId, reason);
    }
}
