package cn.jinshan.ladder.kit.audit;

import java.util.List;

/** Reads the service's audit trail back (for admins and tests), newest first. */
public interface AuditQuery {

    List<AuditRecord> byRequestId(String requestId);

    List<AuditRecord> byObject(String objectType, String objectId);

    List<AuditRecord> latest(int limit);
}
