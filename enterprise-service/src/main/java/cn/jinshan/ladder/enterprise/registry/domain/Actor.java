package cn.jinshan.ladder.enterprise.registry.domain;

/** Who did something: Keycloak subject and username. */
public record Actor(String subject, String username) {}
