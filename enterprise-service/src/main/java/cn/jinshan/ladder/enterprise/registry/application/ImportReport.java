package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.kit.error.RuleViolation;
import java.util.List;

/** What a bulk import did, row by row: counts and every rejected row with its reasons. */
public record ImportReport(
        int rows,
        int created,
        int updated,
        int unchanged,
        int rejected,
        List<RejectedRow> rejectedRows,
        boolean truncated) {

    /** A row that was not imported (row 1 is the header), and why. */
    public record RejectedRow(long row, String creditCode, List<RuleViolation> errors) {}
}
