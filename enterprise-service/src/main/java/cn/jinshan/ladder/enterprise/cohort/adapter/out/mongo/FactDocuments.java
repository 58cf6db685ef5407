package cn.jinshan.ladder.enterprise.cohort.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.time.LocalDate;
import java.util.Date;
import org.bson.Document;

/** Maps facts to and from BSON (dates as {@code yyyy-MM-dd}, the recording time as a BSON date). */
final class FactDocuments {

    private FactDocuments() {}

    static Document toDocument(Fact f) {
        return new Document("id", f.id())
                .append("firm", f.firm())
                .append("indicator", f.indicator().name())
                .append("kind", f.kind().name())
                .append("spell", f.spell().toString())
                .append("on", f.on() == null ? null : f.on().toString())
                .append("cause", f.cause())
                .append("name", f.name())
                .append("town", f.town())
                .append("cluster", f.cluster())
                .append("specialist", f.specialist())
                .append("retracts", f.retracts())
                .append("recordedAt", Date.from(f.recordedAt()));
    }

    static Fact toDomain(Document d) {
        return new Fact(
                d.getString("id"),
                d.getString("firm"),
                Indicator.valueOf(d.getString("indicator")),
                Fact.Kind.valueOf(d.getString("kind")),
                LocalDate.parse(d.getString("spell")),
                d.getString("on") == null ? null : LocalDate.parse(d.getString("on")),
                d.getString("cause"),
                d.getString("name"),
                d.getString("town"),
                d.getString("cluster"),
                d.getString("specialist"),
                d.getString("retracts"),
                d.getDate("recordedAt").toInstant());
    }

    static String bucketId(Indicator indicator, int year) {
        return indicator.name() + ":" + year;
    }
}
