package cn.jinshan.ladder.kit.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCEEDED,
    DENIED,
    FAILED
}
