package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.Actor;
import cn.jinshan.ladder.enterprise.registry.domain.CreditCode;
import cn.jinshan.ladder.enterprise.registry.domain.Figures;
import cn.jinshan.ladder.enterprise.registry.domain.FiguresRules;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.error.ForbiddenException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Imports firms and yearly figures from a table, one row at a time (never the whole file in memory): each row is
 * validated on its own, registers the firm when new, and otherwise changes only what differs — so importing the
 * same file twice changes nothing the second time.
 */
@Service
public class EnterpriseImport {

    static final int MAX_REPORTED = 1000;

    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseImport(EnterpriseService enterprises, AuditLog audit, Clock clock) {
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** Imports the rows; the first is the header naming the template's columns. */
    public ImportReport importTable(Iterator<List<String>> rows, CurrentUser user, String source) {
        if (!user.isDistrictWide()) {
            throw new ForbiddenException("only officials import");
        }
        Map<String, Integer> columns = header(rows);
        Actor actor = EnterpriseService.actor(user);
        int count = 0;
        int[] outcomes = new int[Outcome.values().length];
        int rejected = 0;
        List<ImportReport.RejectedRow> rejectedRows = new ArrayList<>();
        long rowNumber = 1;
        while (rows.hasNext()) {
            List<String> cells = rows.next();
            rowNumber++;
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            count++;
            List<RuleViolation> violations = new ArrayList<>();
            RowValues row = new RowValues(columns, cells, violations);
            try {
                Outcome outcome = importRow(row, violations, actor);
                if (violations.isEmpty()) {
                    outcomes[outcome.ordinal()]++;
                }
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            if (!violations.isEmpty()) {
                rejected++;
                if (rejectedRows.size() < MAX_REPORTED) {
                    rejectedRows.add(new ImportReport.RejectedRow(rowNumber, row.text("creditCode"), violations));
                }
            }
        }
        ImportReport report = new ImportReport(
                count,
                outcomes[Outcome.CREATED.ordinal()],
                outcomes[Outcome.UPDATED.ordinal()],
                outcomes[Outcome.UNCHANGED.ordinal()],
                rejected,
                rejectedRows,
                rejected > rejectedRows.size());
        audit.record(
                "enterprise.import",
                "import",
                source,
                AuditOutcome.SUCCEEDED,
                "rows " + count + ", created " + report.created() + ", updated " + report.updated() + ", rejected "
                        + rejected);
        return report;
    }

    private Outcome importRow(RowValues row, List<RuleViolation> violations, Actor actor) {
        CreditCode code = new CreditCode(row.text("creditCode"));
        ProfilePatch patch = new ProfilePatch(
                row.text("legalName"),
                row.text("shortName"),
                row.date("registrationDate"),
                row.text("town"),
                row.text("park"),
                row.text("cluster"),
                row.text("subSector"),
                row.flag("aboveScale"),
                row.date("aboveScaleSince"),
                row.flag("digitallyTransformed"),
                row.date("digitallyTransformedSince"),
                null);
        Integer year = row.integer("year");
        Figures figures = year == null ? null : figures(row);
        if (!violations.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        if (figures != null) {
            FiguresRules.check(year, figures, Year.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
        }
        boolean created = false;
        boolean changed = false;
        if (enterprises.find(code.value()).isEmpty()) {
            if (patch.legalName() == null) {
                throw new InvalidInputException(
                        "legalName", "notBlank", "A firm not yet registered needs its legal name");
            }
            Profile profile = patch.applyTo(
                    new Profile(null, null, null, null, null, null, null, false, null, false, null, null));
            created = enterprises.registerIfAbsent(new RegisterEnterprise(code.value(), profile, null), actor);
        } else if (!patch.profileFieldsSet().isEmpty()) {
            changed = enterprises.importProfile(code.value(), patch, actor);
        }
        if (figures != null) {
            changed |= enterprises.importMetrics(code.value(), year, figures, actor);
        }
        return created ? Outcome.CREATED : changed ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private static Figures figures(RowValues r) {
        return new Figures(
                r.decimal("revenue"),
                r.decimal("mainBusinessRevenue"),
                r.decimal("mainBusinessShare"),
                r.decimal("revenueGrowth"),
                r.decimal("netProfitMargin"),
                r.decimal("rdSpend"),
                r.decimal("rdRatio"),
                r.integer("rdStaff"),
                r.decimal("rdStaffRatio"),
                r.integer("employees"),
                r.decimal("totalAssets"),
                r.decimal("debtRatio"),
                r.decimal("equityFinancing"),
                r.integer("patentsClassI"),
                r.integer("patentsClassII"),
                r.integer("inventionPatents"),
                r.integer("yearsInNiche"),
                r.decimal("marketShare"),
                r.integer("marketRank"),
                r.list("qualityCertifications"),
                r.text("digitalLevel"),
                r.list("awards"),
                r.list("rdInstitutions"));
    }

    private static Map<String, Integer> header(Iterator<List<String>> rows) {
        if (!rows.hasNext()) {
            throw new InvalidInputException("file", "notEmpty", "The file has no header row");
        }
        Map<String, String> known = new HashMap<>();
        ImportColumns.HEADER.forEach(name -> known.put(name.toLowerCase(), name));
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.next();
        List<RuleViolation> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null
                    ? ""
                    : header.get(i).replace("\uFEFF", "").trim();
            if (name.isEmpty()) {
                continue;
            }
            String column = known.get(name.toLowerCase());
            if (column == null) {
                unknown.add(new RuleViolation(
                        "file", "column", "Unknown column '" + name + "'; download the template for the column names"));
            } else {
                columns.put(column, i);
            }
        }
        if (!columns.containsKey("creditCode")) {
            unknown.add(new RuleViolation("file", "column", "The header must have a creditCode column"));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return columns;
    }
}
