package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import cn.jinshan.ladder.enterprise.cohort.application.CohortExportAudit;
import cn.jinshan.ladder.enterprise.cohort.application.CohortRequest;
import cn.jinshan.ladder.enterprise.cohort.application.CohortService;
import cn.jinshan.ladder.enterprise.cohort.application.CohortTables;
import cn.jinshan.ladder.enterprise.cohort.application.Dashboard;
import cn.jinshan.ladder.enterprise.cohort.domain.MemberFilter;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The dashboard and each drill-down as CSV or XLSX, named for the period and the as-of date. The table is computed
 * (and the export audited, while the request id is still in the MDC) before the file streams.
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICIAL','ADMIN','SPECIALIST')")
class ExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Dashboard dashboard;
    private final CohortService cohorts;
    private final CohortExportAudit audit;

    ExportController(Dashboard dashboard, CohortService cohorts, CohortExportAudit audit) {
        this.dashboard = dashboard;
        this.cohorts = cohorts;
        this.audit = audit;
    }

    @GetMapping("/api/cohorts/dashboard.csv")
    ResponseEntity<StreamingResponseBody> dashboardCsv(
            @RequestParam(required = false) String period, @RequestParam(required = false) String asOf) {
        List<Dashboard.Row> rows = dashboard.rows(period, asOf);
        CohortRequest first = rows.get(0).request();
        List<List<Object>> table = CohortTables.dashboard(rows);
        audit.exported(object("dashboard", first), "csv", table.size() - 1);
        return file(name("dashboard", first, "csv"), CSV, out -> Tables.csv(table, out));
    }

    @GetMapping("/api/cohorts/dashboard.xlsx")
    ResponseEntity<StreamingResponseBody> dashboardXlsx(
            @RequestParam(required = false) String period, @RequestParam(required = false) String asOf) {
        List<Dashboard.Row> rows = dashboard.rows(period, asOf);
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("dashboard", CohortTables.dashboard(rows));
        rows.forEach(row ->
                sheets.put(row.request().indicator().name(), CohortTables.members(cohorts.members(row.request()))));
        audit.exported(
                object("dashboard", rows.get(0).request()),
                "xlsx",
                sheets.get("dashboard").size() - 1);
        return file(name("dashboard", rows.get(0).request(), "xlsx"), XLSX, out -> Tables.xlsx(sheets, out));
    }

    @GetMapping({"/api/cohorts/{indicator}/firms.csv", "/api/cohorts/{indicator}/firms.xlsx"})
    ResponseEntity<StreamingResponseBody> firms(
            @PathVariable String indicator,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String cluster,
            @RequestParam(required = false) String specialist,
            jakarta.servlet.http.HttpServletRequest http) {
        CohortRequest request = cohorts.request(Indicator.parse("indicator", indicator), period, asOf);
        MemberFilter filter = new MemberFilter(CohortController.scope(scope), year, town, cluster, specialist);
        List<List<Object>> table = CohortTables.members(cohorts.firms(request, filter));
        String base = request.indicator().name() + "-" + filter.scope().name().toLowerCase();
        boolean xlsx = http.getRequestURI().endsWith(".xlsx");
        audit.exported(object(base, request), xlsx ? "xlsx" : "csv", table.size() - 1);
        if (xlsx) {
            return file(
                    name(base, request, "xlsx"),
                    XLSX,
                    out -> Tables.xlsx(Map.of(request.indicator().name(), table), out));
        }
        return file(name(base, request, "csv"), CSV, out -> Tables.csv(table, out));
    }

    private static String object(String what, CohortRequest request) {
        return "cohorts/" + what + "/" + request.period().id() + "/" + request.asOf();
    }

    private static String name(String what, CohortRequest request, String extension) {
        return "ladder-" + what + "-" + request.period().id() + "-asof-" + request.asOf() + "." + extension;
    }

    private static ResponseEntity<StreamingResponseBody> file(
            String filename, MediaType type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
