package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseChanges;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseDirectory;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseQuery;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseStore;
import cn.jinshan.ladder.enterprise.registry.application.FirmSummary;
import cn.jinshan.ladder.enterprise.registry.application.PageResult;
import cn.jinshan.ladder.enterprise.registry.domain.DomainEvent;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores enterprises with their pending events and pending change together: one insert or one version-checked update
 * each. The yearly figures live apart ({@link MongoFigures}); a figure change and its {@code MetricsReported} event
 * are one version-checked write of the figures document, whose outbox the relay publishes like this one's. Lists,
 * exports and the pending-changes sweep take their ids from the in-process list read model
 * ({@link EnterpriseDirectory}), which every write here keeps current, and read the documents by {@code _id}: nothing
 * on a request path asks the database to scan (the MongoDB stand-in has no secondary indexes).
 */
@Repository
class MongoEnterpriseStore implements EnterpriseStore {

    /**
     * Documents per reply when a whole collection is read: without it the stand-in answers everything at once, and
     * 50,000 firms make a 54 MB reply that the driver refuses (its limit is 48 MB).
     */
    static final int WHOLE_COLLECTION_BATCH = 1_000;

    static final String TOPIC = "enterprise.events";
    /** The changes of the document that some observer (the cohort ledger) has not taken yet. */
    static final String PENDING = "pendingChanges";
    /** How many enterprises one {@code _id $in} read of an export fetches. */
    static final int BATCH = 100;
    /** What a summary needs: everything but the outbox, the stage history and old-shape figures. */
    private static final Bson LISTED = Projections.exclude(
            OutboxRecord.FIELD, "stages", EnterpriseDocument.OLD_METRICS, EnterpriseDocument.OLD_METRIC_HISTORY);

    private final MongoTemplate mongo;
    private final MongoFigures figures;
    private final Outbox outbox;
    private final Clock clock;
    private final EnterpriseDirectory directory;

    MongoEnterpriseStore(
            MongoTemplate mongo, MongoFigures figures, Outbox outbox, Clock clock, EnterpriseDirectory directory) {
        this.mongo = mongo;
        this.figures = figures;
        this.outbox = outbox;
        this.clock = clock;
        this.directory = directory;
    }

    @Override
    public Optional<Enterprise> find(String id) {
        return findDocument(id).map(EnterpriseMapper::toDomain);
    }

    @Override
    public Optional<Enterprise> findWithFigures(String id) {
        return findDocument(id).map(document -> EnterpriseMapper.toDomain(document, figures.read(id)));
    }

    @Override
    public void updateFigures(Enterprise enterprise, List<DomainEvent> events) {
        figures.update(enterprise, outboxDocuments(enterprise, events));
        mongo.getCollection(EnterpriseDocument.COLLECTION)
                .updateOne(
                        Filters.eq("_id", enterprise.id().value()),
                        Updates.max("updatedAt", java.util.Date.from(enterprise.updatedAt())));
        if (!events.isEmpty()) {
            outbox.publishSoon(FiguresDocument.COLLECTION, enterprise.id().value());
        }
    }

    @Override
    public int moveEmbeddedFigures() {
        return figures.migrateAll();
    }

    private Optional<EnterpriseDocument> findDocument(String id) {
        Document raw = mongo.getCollection(EnterpriseDocument.COLLECTION)
                .find(Filters.eq("_id", id))
                .projection(Projections.exclude(
                        OutboxRecord.FIELD, EnterpriseDocument.OLD_METRICS, EnterpriseDocument.OLD_METRIC_HISTORY))
                .first();
        return Optional.ofNullable(raw).map(document -> mongo.getConverter().read(EnterpriseDocument.class, document));
    }

    @Override
    public void insert(Enterprise enterprise, List<DomainEvent> events, EnterpriseChanges.Change change) {
        Document document = write(EnterpriseMapper.toDocument(enterprise, 1));
        document.put(OutboxRecord.FIELD, outboxDocuments(enterprise, events));
        document.put(PENDING, List.of(pending(change)));
        try {
            mongo.getCollection(EnterpriseDocument.COLLECTION).insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConflictException(
                        "duplicate-credit-code",
                        "An enterprise with credit code " + enterprise.id() + " is already registered");
            }
            throw e;
        }
        directory.stored(FirmSummary.of(enterprise, 1, Set.of()), change.id());
        if (!enterprise.metrics().isEmpty() || !enterprise.metricHistory().isEmpty()) {
            figures.insert(enterprise);
        }
        outbox.publishSoon(EnterpriseDocument.COLLECTION, enterprise.id().value());
    }

    @Override
    public void update(Enterprise enterprise, List<DomainEvent> events, EnterpriseChanges.Change change) {
        Document state = write(EnterpriseMapper.toDocument(enterprise, enterprise.version() + 1));
        state.remove("_id");
        Document push = new Document(PENDING, pending(change));
        if (!events.isEmpty()) {
            push.append(OutboxRecord.FIELD, new Document("$each", outboxDocuments(enterprise, events)));
        }
        Document update = new Document("$set", state).append("$push", push);
        UpdateResult result = mongo.getCollection(EnterpriseDocument.COLLECTION)
                .updateOne(VersionIndexes.current(enterprise.id().value(), enterprise.version()), update);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    "enterprise " + enterprise.id() + " changed since version " + enterprise.version());
        }
        directory.stored(FirmSummary.of(enterprise, enterprise.version() + 1, Set.of()), change.id());
        if (!events.isEmpty()) {
            outbox.publishSoon(EnterpriseDocument.COLLECTION, enterprise.id().value());
        }
    }

    @Override
    public List<Pending> pending(int limit) {
        List<String> candidates = directory.withPendingChanges(limit);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, List<EnterpriseChanges.Change>> read = new HashMap<>();
        mongo.getCollection(EnterpriseDocument.COLLECTION)
                .find(Filters.in("_id", candidates))
                .projection(new Document(PENDING, 1))
                .forEach(document -> read.put(document.getString("_id"), changes(document)));
        List<Pending> found = new ArrayList<>();
        candidates.forEach(id -> {
            List<EnterpriseChanges.Change> changes = read.getOrDefault(id, List.of());
            directory.pendingNow(
                    id, changes.stream().map(EnterpriseChanges.Change::id).toList());
            if (!changes.isEmpty()) {
                found.add(new Pending(id, changes));
            }
        });
        return found;
    }

    private static List<EnterpriseChanges.Change> changes(Document document) {
        List<Document> pending = document.getList(PENDING, Document.class);
        return pending == null
                ? List.of()
                : pending.stream()
                        .map(p -> new EnterpriseChanges.Change(
                                p.getString("id"), p.getDate("at").toInstant()))
                        .toList();
    }

    @Override
    public void settle(String enterpriseId, List<String> changeIds) {
        mongo.getCollection(EnterpriseDocument.COLLECTION)
                .updateOne(
                        Filters.eq("_id", enterpriseId),
                        new Document(
                                "$pull", new Document(PENDING, new Document("id", new Document("$in", changeIds)))));
        directory.settled(enterpriseId, changeIds);
    }

    @Override
    public PageResult<Enterprise> search(EnterpriseQuery query) {
        EnterpriseDirectory.Selection selection = directory.page(query);
        return new PageResult<>(byIds(selection.ids()), query.page(), query.size(), selection.total());
    }

    @Override
    public void forEach(EnterpriseQuery query, Consumer<Enterprise> action) {
        List<String> ids = directory.ids(query);
        for (int from = 0; from < ids.size(); from += BATCH) {
            byIds(ids.subList(from, Math.min(ids.size(), from + BATCH))).forEach(action);
        }
    }

    @Override
    public void forEachStored(Consumer<Enterprise> action) {
        mongo.getCollection(EnterpriseDocument.COLLECTION)
                .find()
                .projection(LISTED)
                .batchSize(WHOLE_COLLECTION_BATCH)
                .forEach(document -> action.accept(summarize(document)));
    }

    @Override
    public int loadSummaries() {
        int[] firms = {0};
        mongo.getCollection(EnterpriseDocument.COLLECTION)
                .find()
                .projection(LISTED)
                .batchSize(WHOLE_COLLECTION_BATCH)
                .forEach(document -> {
                    summarize(document);
                    firms[0]++;
                });
        return firms[0];
    }

    @Override
    public void refresh(String id) {
        Document document = mongo.getCollection(EnterpriseDocument.COLLECTION)
                .find(Filters.eq("_id", id))
                .projection(LISTED)
                .first();
        if (document != null) {
            summarize(document);
        }
    }

    /** Takes a stored document into the read model; answers the enterprise (without stages) it holds. */
    private Enterprise summarize(Document document) {
        List<String> pending =
                changes(document).stream().map(EnterpriseChanges.Change::id).toList();
        document.remove(PENDING);
        Enterprise enterprise =
                EnterpriseMapper.toDomain(mongo.getConverter().read(EnterpriseDocument.class, document));
        directory.put(FirmSummary.of(enterprise, enterprise.version(), Set.copyOf(pending)));
        return enterprise;
    }

    /** The enterprises (without stages) in the order of the ids, read by {@code _id}; ids not stored are skipped. */
    private List<Enterprise> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Enterprise> read = new HashMap<>();
        Bson heavy = Projections.exclude(EnterpriseDocument.HEAVY_FIELDS);
        mongo.getCollection(EnterpriseDocument.COLLECTION)
                .find(Filters.in("_id", ids))
                .projection(heavy)
                .forEach(document -> read.put(
                        document.getString("_id"),
                        EnterpriseMapper.toDomain(mongo.getConverter().read(EnterpriseDocument.class, document))));
        return ids.stream().filter(read::containsKey).map(read::get).toList();
    }

    @Override
    public boolean isEmpty() {
        return mongo.getCollection(EnterpriseDocument.COLLECTION)
                        .find()
                        .limit(1)
                        .first()
                == null;
    }

    private static Document pending(EnterpriseChanges.Change change) {
        return new Document("id", change.id()).append("at", java.util.Date.from(change.at()));
    }

    private Document write(EnterpriseDocument document) {
        Document target = new Document();
        mongo.getConverter().write(document, target);
        target.remove("_class");
        return target;
    }

    private List<Document> outboxDocuments(Enterprise enterprise, List<DomainEvent> events) {
        return events.stream()
                .map(event -> EventEnvelope.create(
                        event.type(), event.version(), enterprise.id().value(), event.payload(), clock.instant()))
                .map(envelope -> Outbox.toDocument(outbox.record(TOPIC, envelope)))
                .toList();
    }
}
