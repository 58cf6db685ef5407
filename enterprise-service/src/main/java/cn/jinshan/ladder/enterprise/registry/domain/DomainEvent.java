package cn.jinshan.ladder.enterprise.registry.domain;

/** An event an aggregate method caused: its stable type, schema version and payload record. */
public record DomainEvent(String type, int version, Object payload) {}
