package cn.jinshan.ladder.notification.rules.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An event reduced to what rules read: its identity and the scalar fields of its payload as text. */
public record EventFacts(
        String eventId, String type, String aggregateId, Instant occurredAt, Map<String, String> values) {

    public EventFacts {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        values = Map.copyOf(values);
    }

    /** The firm the event concerns: its {@code enterpriseId} field, else the aggregate id of an enterprise event. */
    public Optional<String> enterpriseId() {
        String fromPayload = values.get("enterpriseId");
        if (fromPayload != null) {
            return Optional.of(fromPayload);
        }
        return type.startsWith("enterprise.") ? Optional.ofNullable(aggregateId) : Optional.empty();
    }

    public Optional<String> value(String field) {
        return Optional.ofNullable(values.get(field)).filter(v -> !v.isBlank());
    }
}
