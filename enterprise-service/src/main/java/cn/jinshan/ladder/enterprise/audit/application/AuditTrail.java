package cn.jinshan.ladder.enterprise.audit.application;

import cn.jinshan.ladder.kit.security.CurrentUser;

/** Leaves an audit record for a security-relevant action: who, what, on which object, when, with what outcome. */
public interface AuditTrail {

    /** Outcome of an audited action. */
    enum Outcome {
        SUCCESS,
        DENIED,
        REJECTED,
        FAILED
    }

    void record(CurrentUser who, String action, String target, Outcome outcome, String detail);

    /** For actions of the service itself (seeding, consumers). */
    void recordSystem(String action, String target, Outcome outcome, String detail);
}
