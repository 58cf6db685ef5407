package cn.jinshan.ladder.certification.material.domain;

/** Why an upload is refused: the request field, the rule it breaks and a message for the uploader. */
public record Refusal(String field, String rule, String message) {}
