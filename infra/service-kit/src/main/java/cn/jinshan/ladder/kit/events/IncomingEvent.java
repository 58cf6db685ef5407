package cn.jinshan.ladder.kit.events;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** An event as a consumer receives it: the envelope with the payload still as JSON. */
public record IncomingEvent(
        String eventId, String type, int version, Instant occurredAt, String aggregateId, JsonNode payload) {}
