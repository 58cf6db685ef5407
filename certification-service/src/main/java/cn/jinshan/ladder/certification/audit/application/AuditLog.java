package cn.jinshan.ladder.certification.audit.application;

import cn.jinshan.ladder.certification.audit.domain.AuditRecord;
import java.util.List;

/** Where audit records are kept (collection {@code audit_log}). */
public interface AuditLog {

    void append(AuditRecord record);

    /** The records about one object, oldest first. */
    List<AuditRecord> about(String objectType, String objectId);
}
