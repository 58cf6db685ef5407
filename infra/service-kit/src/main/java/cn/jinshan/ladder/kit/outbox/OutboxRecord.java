package cn.jinshan.ladder.kit.outbox;

import java.time.Instant;

/**
 * One pending event stored inside its aggregate's document (field {@value #FIELD}), written in the same
 * single-document update as the state change it describes.
 */
public record OutboxRecord(String eventId, String topic, String key, String type, String json, Instant createdAt) {

    /** The name of the array field that holds pending events in every aggregate document. */
    public static final String FIELD = "outbox";
}
