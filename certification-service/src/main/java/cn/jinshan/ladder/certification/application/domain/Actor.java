package cn.jinshan.ladder.certification.application.domain;

/** Who made a transition: the token subject, a readable name and the role acted in. */
public record Actor(String subject, String name, String role) {}
