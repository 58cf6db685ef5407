package cn.jinshan.ladder.enterprise.targets.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.enterprise.targets.domain.PlanPeriod;
import cn.jinshan.ladder.enterprise.targets.domain.Target;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Maps plan periods to and from their BSON documents (year keys stored as strings). */
final class PlanDocuments {

    private PlanDocuments() {}

    static Document toDocument(PlanPeriod period) {
        List<Document> targets = period.targets().stream()
                .map(t -> new Document("indicator", t.indicator().name())
                        .append("total", t.total())
                        .append("yearly", yearly(t.yearly()))
                        .append("byTown", new Document(new HashMap<>(t.byTown())))
                        .append("updatedAt", t.updatedAt() == null ? null : Date.from(t.updatedAt()))
                        .append("updatedBy", t.updatedBy()))
                .toList();
        return new Document("_id", period.id())
                .append("name", period.name())
                .append("startYear", period.startYear())
                .append("endYear", period.endYear())
                .append("targets", targets);
    }

    static PlanPeriod toDomain(Document d) {
        List<Target> targets = d.getList("targets", Document.class).stream()
                .map(t -> new Target(
                        Indicator.valueOf(t.getString("indicator")),
                        t.getInteger("total"),
                        years(t.get("yearly", Document.class)),
                        towns(t.get("byTown", Document.class)),
                        t.getDate("updatedAt") == null
                                ? null
                                : t.getDate("updatedAt").toInstant(),
                        t.getString("updatedBy")))
                .toList();
        return new PlanPeriod(
                d.getString("_id"), d.getString("name"), d.getInteger("startYear"), d.getInteger("endYear"), targets);
    }

    private static Document yearly(Map<Integer, Integer> yearly) {
        Document document = new Document();
        yearly.forEach((year, goal) -> document.append(String.valueOf(year), goal));
        return document;
    }

    private static Map<Integer, Integer> years(Document document) {
        Map<Integer, Integer> years = new HashMap<>();
        if (document != null) {
            document.forEach((key, value) -> years.put(Integer.valueOf(key), ((Number) value).intValue()));
        }
        return years;
    }

    private static Map<String, Integer> towns(Document document) {
        Map<String, Integer> towns = new HashMap<>();
        if (document != null) {
            document.forEach((key, value) -> towns.put(key, ((Number) value).intValue()));
        }
        return towns;
    }
}
