package cn.jinshan.ladder.kit.events;

import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes envelopes to JSON and reads them back into consumer-owned payload records. */
public class EventCodec {

    private final JsonMapper jsonMapper;

    public EventCodec(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public String write(EventEnvelope envelope) {
        return jsonMapper.writeValueAsString(envelope);
    }

    /** Parses a record value; anything that is not a complete envelope is a {@link MalformedEventException}. */
    public IncomingEvent read(String json) {
        try {
            JsonNode node = jsonMapper.readTree(json);
            String eventId = required(node, "eventId").asString();
            String type = required(node, "type").asString();
            int version = required(node, "version").asInt();
            Instant occurredAt = Instant.parse(required(node, "occurredAt").asString());
            String aggregateId = required(node, "aggregateId").asString();
            JsonNode payload = required(node, "payload");
            if (!payload.isObject()) {
                throw new MalformedEventException("payload is not an object", null);
            }
            return new IncomingEvent(eventId, type, version, occurredAt, aggregateId, payload);
        } catch (JacksonException | java.time.format.DateTimeParseException | IllegalArgumentException e) {
            throw new MalformedEventException("not a Ladder event envelope: " + e.getMessage(), e);
        }
    }

    /** The payload as the consumer's own record (unknown fields ignored). */
    public <T> T payload(IncomingEvent event, Class<T> type) {
        try {
            return jsonMapper.treeToValue(event.payload(), type);
        } catch (JacksonException e) {
            throw new MalformedEventException(
                    "payload of " + event.type() + " " + event.eventId() + " does not fit " + type.getSimpleName(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedEventException("envelope field '" + field + "' is missing", null);
        }
        return value;
    }
}
