package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.Member;
import cn.jinshan.ladder.enterprise.cohort.domain.Progress;
import java.util.ArrayList;
import java.util.List;

/** The dashboard and the drill-downs as tables (header first), shared by the CSV and XLSX exports. */
public final class CohortTables {

    private CohortTables() {}

    public static List<List<Object>> dashboard(List<Dashboard.Row> rows) {
        List<List<Object>> table = new ArrayList<>();
        table.add(List.of(
                "indicator",
                "title",
                "period",
                "asOf",
                "target",
                "gross",
                "net",
                "stock",
                "achieved",
                "percent",
                "expectedByNow",
                "projection",
                "pipelineForecast",
                "status",
                "candidates"));
        for (Dashboard.Row row : rows) {
            Progress p = row.progress();
            List<Object> cells = new ArrayList<>();
            cells.add(row.request().indicator().name());
            cells.add(row.request().indicator().title());
            cells.add(row.request().period().id());
            cells.add(row.request().asOf().toString());
            cells.add(p.target());
            cells.add(row.figures().gross());
            cells.add(row.figures().net());
            cells.add(row.figures().stock());
            cells.add(p.achieved());
            cells.add(round(p.percent()));
            cells.add(round(p.expectedByNow()));
            cells.add(round(p.projection()));
            cells.add(round(row.pipelineForecast()));
            cells.add(p.status().name());
            cells.add(row.candidates().available() ? row.candidates().total() : "unavailable");
            table.add(cells);
        }
        return table;
    }

    public static List<List<Object>> members(List<Member> members) {
        List<List<Object>> table = new ArrayList<>();
        table.add(List.of(
                "creditCode", "legalName", "town", "cluster", "specialist", "enteredOn", "leftOn", "leftCause", "net"));
        for (Member m : members) {
            List<Object> cells = new ArrayList<>();
            cells.add(m.firm());
            cells.add(m.name());
            cells.add(m.town());
            cells.add(m.cluster());
            cells.add(m.specialist());
            cells.add(m.enteredOn().toString());
            cells.add(m.leftOn() == null ? null : m.leftOn().toString());
            cells.add(m.leftCause());
            cells.add(m.net() ? "Y" : "N");
            table.add(cells);
        }
        return table;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
