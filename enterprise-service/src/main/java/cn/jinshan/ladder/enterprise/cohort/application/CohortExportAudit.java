package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import org.springframework.stereotype.Service;

/** Leaves exactly one audit record per cohort export (dashboard or drill-down file), with the rows it holds. */
@Service
public class CohortExportAudit {

    static final String ACTION = "cohort.export";
    static final String OBJECT_TYPE = "cohort-export";

    private final AuditLog audit;

    CohortExportAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** The export named {@code object} (e.g. {@code dashboard/14th-fyp/2026-11-29}) was prepared for the caller (the kit takes the actor from the request). */
    public void exported(String object, String format, int rows) {
        audit.record(ACTION, OBJECT_TYPE, object, AuditOutcome.SUCCEEDED, rows + " rows " + format);
    }
}
