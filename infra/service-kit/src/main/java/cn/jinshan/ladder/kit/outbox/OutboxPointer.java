package cn.jinshan.ladder.kit.outbox;

/** An aggregate with pending outbox records: its collection and its {@code _id} in the original BSON type. */
record OutboxPointer(String collection, Object aggregateId) {}
