package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.audit.application.AuditTrail;
import cn.jinshan.ladder.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

/** Leaves exactly one audit record per cohort export (dashboard or drill-down file), with the rows it holds. */
@Service
public class CohortExportAudit {

    static final String ACTION = "cohort.export";

    private final AuditTrail audit;

    CohortExportAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** The export named {@code object} (e.g. {@code dashboard/14th-fyp/2026-11-29}) was prepared for the caller. */
    public void exported(CurrentUser user, String object, String format, int rows) {
        audit.record(user, ACTION, object, AuditTrail.Outcome.SUCCESS, rows + " rows " + format);
    }
}
