package cn.jinshan.ladder.kit.audit;

import java.time.Instant;
import java.util.List;

/** One audit record as stored in {@code audit_log}: who did what to which object, how it ended, under which request. */
public record AuditRecord(
        String id,
        String actorSubject,
        String actorUsername,
        List<String> actorRoles,
        String actorEnterpriseId,
        String action,
        String objectType,
        String objectId,
        AuditOutcome outcome,
        String details,
        String requestId,
        Instant occurredAt) {

    public AuditRecord {
        actorRoles = List.copyOf(actorRoles);
    }
}
