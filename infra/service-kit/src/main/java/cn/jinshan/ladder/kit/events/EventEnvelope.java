package cn.jinshan.ladder.kit.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The envelope every Ladder event travels in; {@code aggregateId} is also the Kafka key. */
public record EventEnvelope(
        UUID eventId, String type, int version, Instant occurredAt, String aggregateId, Object payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** A new event with a fresh id. */
    public static EventEnvelope create(String type, int version, String aggregateId, Object payload, Instant at) {
        return new EventEnvelope(UUID.randomUUID(), type, version, at, aggregateId, payload);
    }
}
