package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LadderIT extends EnterpriseIntegrationTest {

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
    void theContractExampleOfAnIssuedCertificateIsRead() {
        if (!Contracts.hasSchema("certification.CertificateIssued", 1)) {
            assertThat(Contracts.hasSchema("enterprise.EnterpriseRegistered", 1))
                    .isTrue();
            return;
        }
        JsonNode example = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(Contracts.example("certification.CertificateIssued", 1));
        assertThat(example.get("payload").has("enterpriseId")).isTrue();
        assertThat(example.get("payload").has("certificateId")).isTrue();
        assertThat(example.get("payload").has("programme")).isTrue();
    }

    private JsonNode awaitRung(String code, String rung) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(ladder(code).get("rung").asString()).isEqualTo(rung));
        return ladder(code);
    }

    private JsonNode ladder(String code) {
        return ApiClient.json(api().get("/api/enterprises/" + code + "/ladder", official()));
    }

    static String certificateEvent(
            UUID eventId, String type, String enterpriseId, String certificateId, String reason) {
        return """
                {"eventId":"%s","type":"%s","version":1,"occurredAt":"2026-06-01T08:00:00Z","aggregateId":"%s",
                 "payload":{"certificateId":"%s","enterpriseId":"%s","programme":"SPECIALIZED_NEW","level":"MUNICIPAL",
                  "number":"沪专精2026-0001","validFrom":"2026-06-01","validUntil":"2029-05-31",
                  "ruleVersion":"MIIT-2022-63","announcedOn":"2026-06-01","reason":"%s"}}
                """.formatted(eventId, type, certificateId, certificateId, enterpriseId, reason);
    }
}
