package cn.jinshan.ladder.notification.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.Inboxes;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class DeadLetterIT extends PlatformIT {

    private static final String REGISTERED = "enterprise.EnterpriseRegistered";

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsHeadersAndTheNextRecordIsProcessed() {
        String key = ContractEvents.newCreditCode();
        String poisonId = UUID.randomUUID().toString();
        try (KafkaProbe dlt = KafkaProbe.reading("enterprise.events-dlt")) {
            sendWithHeaders("enterprise.events", key, "{\"eventId\": [not json", poisonId);
            ContractEvents.Built next =
                    ContractEvents.from(REGISTERED, 1, key, Map.of("enterpriseId", key, "creditCode", key));
            KafkaProbe.send("enterprise.events", key, next.json());

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> new Inboxes(api())
                            .item(TestUser.official(), Notification.idFor(next.eventId(), "role:OFFICIAL"))
                            .isPresent());
            List<ConsumerRecord<String, String>> dead = dlt.poll(Duration.ofSeconds(3)).stream()
                    .filter(record -> key.equals(record.key()))
                    .toList();
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo("{\"eventId\": [not json");
            assertThat(header(dead.get(0), "ladder-event-id")).isEqualTo(poisonId);
            assertThat(header(dead.get(0), "ladder-event-type")).isEqualTo(REGISTERED);
            assertThat(header(dead.get(0), "kafka_dlt-original-topic")).isEqualTo("enterprise.events");
        }
    }

    @Test
    void aPayloadOfTheWrongShapeIsDeadLetteredToo() {
        String key = ContractEvents.newCreditCode();
        try (KafkaProbe dlt = KafkaProbe.reading("enterprise.events-dlt")) {
            ContractEvents.Built wrong = ContractEvents.from(REGISTERED, 1, key, Map.of("enterpriseId", List.of(1, 2)));
            KafkaProbe.send("enterprise.events", key, wrong.json());

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> dlt.poll(Duration.ofMillis(500)).stream().anyMatch(r -> key.equals(r.key())));
        }
        assertThat(new Inboxes(api()).items(TestUser.official()))
                .noneMatch(item -> item.get("link").asString().endsWith(key));
    }

    @Test
    void certificationEventsWithoutARuleAreSkippedWithoutError() {
        String key = "application-" + UUID.randomUUID();
        try (KafkaProbe dlt = KafkaProbe.reading("certification.events-dlt")) {
            String unknown = """
                    {"eventId":"%s","type":"certification.SomethingNew","version":1,
                     "occurredAt":"2026-11-28T10:00:00Z","aggregateId":"%s","payload":{"anything":1}}""".formatted(UUID.randomUUID(), key);
            KafkaProbe.send("certification.events", key, unknown);

            assertThat(dlt.poll(Duration.ofSeconds(4))).noneMatch(record -> key.equals(record.key()));
        }
    }

    private static void sendWithHeaders(String topic, String key, String value, String eventId) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LadderTestInfrastructure.kafka().getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("ladder-event-id", eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ladder-event-type", REGISTERED.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
