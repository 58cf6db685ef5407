package cn.jinshan.ladder.certification.application.domain;

/** What a transition caused, named as the event type it becomes (e.g. {@code ApplicationSubmitted}). */
public record ApplicationEvent(String name, Transition transition) {}
