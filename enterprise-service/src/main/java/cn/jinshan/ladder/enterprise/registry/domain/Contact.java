package cn.jinshan.ladder.enterprise.registry.domain;

/** A person to reach at the firm; {@code userId} is their Keycloak user id when they have an account. */
public record Contact(String userId, String name, String role, String phone, String email) {}
