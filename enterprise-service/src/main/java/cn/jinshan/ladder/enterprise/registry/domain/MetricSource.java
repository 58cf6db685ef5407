package cn.jinshan.ladder.enterprise.registry.domain;

/** Where a year's figures come from: declared by the firm, or verified by an official. */
public enum MetricSource {
    SELF_DECLARED,
    VERIFIED
}
