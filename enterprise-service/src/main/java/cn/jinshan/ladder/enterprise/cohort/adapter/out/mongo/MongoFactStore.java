package cn.jinshan.ladder.enterprise.cohort.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.cohort.application.FactStore;
import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code cohort_firm_logs} (one document per firm, version-checked), {@code cohort_buckets} ({@code _id} =
 * {@code INDICATOR:year}, the facts of memberships that began that year) and {@code cohort_years} (per indicator, the
 * years that have a bucket, and per year a stamp raised after every filing in that bucket, under an epoch drawn when
 * the document was created). Every read is by {@code _id}. A bucket read once is kept in memory with the epoch and
 * stamp it was read under and served again while the indicator's small {@code cohort_years} document shows the same
 * pair, so dashboards and drill-downs do not read and decode the large buckets again until a filing changes them
 * (on any instance: the stamp is in the database).
 */
@Repository
class MongoFactStore implements FactStore {

    static final String FIRM_LOGS = "cohort_firm_logs";

    private static final Logger logger = LoggerFactory.getLogger(MongoFactStore.class);
    static final String BUCKETS = "cohort_buckets";
    static final String YEARS = "cohort_years";

    static final String STAMPS = "stamps";
    static final String EPOCH = "epoch";

    /** A bucket as read under its indicator's epoch and the bucket's stamp. */
    private record Cached(Object epoch, long stamp, List<Fact> facts) {}

    private final MongoTemplate mongo;
    private final Map<String, Cached> buckets = new ConcurrentHashMap<>();

    MongoFactStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public FirmLog firm(String firm) {
        Document log = collection(FIRM_LOGS).find(Filters.eq("_id", firm)).first();
        if (log == null) {
            return new FirmLog(List.of(), 0);
        }
        return new FirmLog(facts(log), ((Number) log.get("version")).longValue());
    }

    @Override
    public Map<String, FirmLog> firms(Collection<String> firms) {
        Map<String, FirmLog> logs = new HashMap<>();
        collection(FIRM_LOGS)
                .find(Filters.in("_id", firms))
                .forEach(log -> logs.put(
                        log.getString("_id"), new FirmLog(facts(log), ((Number) log.get("version")).longValue())));
        return logs;
    }

    @Override
    public Set<String> appendToLogs(Map<String, Append> appends) {
        if (appends.isEmpty()) {
            return Set.of();
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        appends.forEach((firm, append) -> {
            List<Document> documents =
                    append.facts().stream().map(FactDocuments::toDocument).toList();
            writes.add(
                    append.version() == 0
                            ? new InsertOneModel<>(new Document("_id", firm)
                                    .append("version", 1L)
                                    .append("facts", documents))
                            : new UpdateOneModel<>(
                                    current(firm, append.version()),
                                    Updates.combine(Updates.pushEach("facts", documents), Updates.inc("version", 1L))));
        });
        try {
            collection(FIRM_LOGS).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream()
                    .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
        return notAppended(appends);
    }

    /** The firms whose log lacks the first fact of their append (a concurrent write moved the log first). */
    private Set<String> notAppended(Map<String, Append> appends) {
        Map<String, FirmLog> logs = firms(appends.keySet());
        Set<String> lost = new LinkedHashSet<>();
        appends.forEach((firm, append) -> {
            String first = append.facts().get(0).id();
            FirmLog log = logs.get(firm);
            if (log == null || log.facts().stream().noneMatch(fact -> fact.id().equals(first))) {
                lost.add(firm);
            }
        });
        return lost;
    }

    @Override
    public boolean append(String firm, long version, List<Fact> facts) {
        List<Document> documents = facts.stream().map(FactDocuments::toDocument).toList();
        if (version == 0) {
            try {
                collection(FIRM_LOGS)
                        .insertOne(
                                new Document("_id", firm).append("version", 1L).append("facts", documents));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        } else {
            long matched = collection(FIRM_LOGS)
                    .updateOne(
                            current(firm, version),
                            Updates.combine(Updates.pushEach("facts", documents), Updates.inc("version", 1L)))
                    .getMatchedCount();
            if (matched == 0) {
                return false;
            }
        }
        file(facts);
        return true;
    }

    @Override
    public List<Fact> bucket(Indicator indicator, int year) {
        String id = FactDocuments.bucketId(indicator, year);
        Document years =
                collection(YEARS).find(Filters.eq("_id", indicator.name())).first();
        Object epoch = years == null ? null : years.get(EPOCH);
        Document stamps = years == null ? null : years.get(STAMPS, Document.class);
        Object stampValue = stamps == null ? null : stamps.get(String.valueOf(year));
        long stamp = stampValue instanceof Number number ? number.longValue() : 0;
        Cached cached = buckets.get(id);
        if (epoch != null && cached != null && epoch.equals(cached.epoch()) && cached.stamp() == stamp) {
            return cached.facts();
        }
        if (years != null && epoch == null) {
            collection(YEARS)
                    .updateOne(
                            Filters.eq("_id", indicator.name()),
                            Updates.set(EPOCH, UUID.randomUUID().toString()));
        }
        Document bucket = collection(BUCKETS).find(Filters.eq("_id", id)).first();
        List<Fact> facts = bucket == null ? List.of() : facts(bucket);
        if (epoch != null) {
            buckets.put(id, new Cached(epoch, stamp, facts));
        }
        return facts;
    }

    @Override
    public List<Integer> years(Indicator indicator) {
        Document years =
                collection(YEARS).find(Filters.eq("_id", indicator.name())).first();
        if (years == null) {
            return List.of();
        }
        return years.getList("years", Integer.class).stream().sorted().toList();
    }

    @Override
    public void forEachFirm(Consumer<List<Fact>> action) {
        collection(FIRM_LOGS).find().batchSize(1_000).forEach(log -> action.accept(facts(log)));
    }

    @Override
    public void replaceBuckets(List<Fact> facts) {
        collection(BUCKETS).deleteMany(new Document());
        collection(YEARS).deleteMany(new Document());
        Map<String, List<Fact>> buckets = facts.stream()
                .sorted(Comparator.comparing(Fact::recordedAt))
                .collect(Collectors.groupingBy(
                        f -> FactDocuments.bucketId(f.indicator(), f.bucketYear()), TreeMap::new, Collectors.toList()));
        List<Document> documents = new ArrayList<>();
        buckets.forEach((id, list) -> documents.add(new Document("_id", id)
                .append("facts", list.stream().map(FactDocuments::toDocument).toList())));
        if (!documents.isEmpty()) {
            collection(BUCKETS).insertMany(documents);
        }
        facts.stream()
                .collect(Collectors.groupingBy(
                        Fact::indicator, Collectors.mapping(Fact::bucketYear, Collectors.toSet())))
                .forEach((indicator, years) -> collection(YEARS)
                        .insertOne(new Document("_id", indicator.name())
                                .append("years", new ArrayList<>(years))
                                .append(EPOCH, UUID.randomUUID().toString())));
    }

    @Override
    public void refile(List<Fact> facts) {
        file(facts);
    }

    private void file(List<Fact> facts) {
        facts.stream()
                .collect(Collectors.groupingBy(f -> FactDocuments.bucketId(f.indicator(), f.bucketYear())))
                .forEach((id, list) -> {
                    collection(BUCKETS)
                            .updateOne(
                                    Filters.eq("_id", id),
                                    Updates.addEachToSet(
                                            "facts",
                                            list.stream()
                                                    .map(FactDocuments::toDocument)
                                                    .toList()),
                                    new UpdateOptions().upsert(true));
                    Fact first = list.get(0);
                    collection(YEARS)
                            .updateOne(
                                    Filters.eq("_id", first.indicator().name()),
                                    Updates.combine(
                                            Updates.addToSet("years", first.bucketYear()),
                                            Updates.inc(STAMPS + "." + first.bucketYear(), 1L),
                                            Updates.setOnInsert(
                                                    EPOCH, UUID.randomUUID().toString())),
                                    new UpdateOptions().upsert(true));
                });
    }

    private static List<Fact> facts(Document holder) {
        return holder.getList("facts", Document.class).stream()
                .map(FactDocuments::toDomain)
                .toList();
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    /**
     * A firm's log still at {@code version}: exactly the keys of the unique {@code {_id, version}} index, which the
     * stand-in uses (a {@code $and} of the same conditions scans the whole collection on every append).
     */
    private static Document current(String firm, long version) {
        return new Document("_id", firm).append("version", version);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureVersionIndex() {
        try {
            collection(FIRM_LOGS)
                    .createIndex(
                            Indexes.ascending("_id", "version"),
                            new IndexOptions().unique(true).name("id_version"));
        } catch (RuntimeException e) {
            logger.warn("could not ensure the id_version index on {}: {}", FIRM_LOGS, e.toString());
        }
    }
}
