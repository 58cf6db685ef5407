package cn.jinshan.ladder.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventCodecTest {

    record Registered(String enterpriseId, String legalName) {}

    record OnlyName(String legalName) {}

    private final EventCodec codec = new EventCodec(JsonMapper.builder().build());

    @Test
    void writesAnEnvelopeThatReadsBackIntoAConsumerOwnedRecord() {
        EventEnvelope envelope = EventEnvelope.create(
                "enterprise.EnterpriseRegistered",
                1,
                "91310116MA1J8K3L22",
                new Registered("91310116MA1J8K3L22", "金鑫"),
                Instant.parse("2026-11-28T10:00:00Z"));

        String json = codec.write(envelope);
        IncomingEvent event = codec.read(json);

        assertThat(json).contains("\"occurredAt\":\"2026-11-28T10:00:00Z\"");
        assertThat(event.eventId()).isEqualTo(envelope.eventId().toString());
        assertThat(event.type()).isEqualTo("enterprise.EnterpriseRegistered");
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.aggregateId()).isEqualTo("91310116MA1J8K3L22");
        assertThat(codec.payload(event, OnlyName.class).legalName()).isEqualTo("金鑫");
    }

    @Test
    void rejectsWhatIsNotAnEnvelope() {
        assertThatThrownBy(() -> codec.read("not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read("{\"eventId\":\"x\",\"type\":\"a.B\"}"))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(
                        () -> codec.read(
                                "{\"eventId\":\"x\",\"type\":\"a.B\",\"version\":1,\"occurredAt\":\"yesterday\",\"aggregateId\":\"1\",\"payload\":{}}"))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refusesAnEnvelopeWithoutVersion() {
        assertThatThrownBy(() ->
                        new EventEnvelope(java.util.UUID.randomUUID(), "a.B", 0, Instant.now(), "1", new OnlyName("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
