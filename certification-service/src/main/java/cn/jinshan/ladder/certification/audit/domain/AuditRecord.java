package cn.jinshan.ladder.certification.audit.domain;

import java.time.Instant;

/**
 * One audited action: who (token subject, name, role) did what to which object, with what outcome, when, in which
 * request ({@code X-Request-Id}).
 */
public record AuditRecord(
        String id,
        Instant at,
        String actorSubject,
        String actorName,
        String actorRole,
        String action,
        String objectType,
        String objectId,
        Outcome outcome,
        String detail,
        String requestId) {

    /** How an audited action ended. */
    public enum Outcome {
        /** The action took effect. */
        SUCCEEDED,
        /** The action was refused by a rule of the domain (illegal transition, invalid input, unknown object). */
        REFUSED,
        /** The caller's role may not take the action. */
        DENIED
    }
}
