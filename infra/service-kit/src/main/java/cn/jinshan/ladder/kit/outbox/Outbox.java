package cn.jinshan.ladder.kit.outbox;

import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.util.List;
import org.bson.Document;

/** Turns events into outbox records and asks the relay to publish an aggregate's pending events. */
public class Outbox {

    private final EventCodec codec;
    private final OutboxRelay relay;

    Outbox(EventCodec codec, OutboxRelay relay) {
        this.codec = codec;
        this.relay = relay;
    }

    /** The record to store with the aggregate, in the same write. */
    public OutboxRecord record(String topic, EventEnvelope envelope) {
        return new OutboxRecord(
                envelope.eventId().toString(),
                topic,
                envelope.aggregateId(),
                envelope.type(),
                codec.write(envelope),
                envelope.occurredAt());
    }

    /** The records for several events, in order. */
    public List<OutboxRecord> records(String topic, List<EventEnvelope> envelopes) {
        return envelopes.stream().map(envelope -> record(topic, envelope)).toList();
    }

    /** The same record as a BSON document, for writes through the driver API. */
    public static Document toDocument(OutboxRecord record) {
        return new Document("eventId", record.eventId())
                .append("topic", record.topic())
                .append("key", record.key())
                .append("type", record.type())
                .append("json", record.json())
                .append("createdAt", java.util.Date.from(record.createdAt()));
    }

    /**
     * Call after the write committed: marks the aggregate as pending (one small write by {@code _id} to
     * {@code outbox_pending}, on this thread) and publishes its pending events soon, off the request thread.
     */
    public void publishSoon(String collection, Object aggregateDocumentId) {
        relay.publishSoon(collection, aggregateDocumentId);
    }
}
