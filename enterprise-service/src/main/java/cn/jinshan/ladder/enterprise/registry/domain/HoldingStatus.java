package cn.jinshan.ladder.enterprise.registry.domain;

/** Whether a certificate a firm holds still counts. */
public enum HoldingStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
