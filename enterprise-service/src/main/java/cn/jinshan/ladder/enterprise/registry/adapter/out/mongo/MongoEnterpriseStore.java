package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseChanges;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseQuery;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseStore;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Stores enterprises with their pending events and pending change together: one insert or one version-checked update
 * each. The yearly figures live apart ({@link MongoFigures}); a figure change and its {@code MetricsReported} event
 * are one version-checked write of the figures document, whose outbox the relay publishes like this one's.
 */
@Repository
class MongoEnterpriseStore implements EnterpriseStore {

    static final String TOPIC = "enterprise.events";
    /** The changes of the document that some observer (the cohort ledger) has not taken yet. */
    static final String PENDING = "pendingChanges";

    private final MongoTemplate mongo;
    private final MongoFigures figures;
    private final Outbox outbox;
    private final Clock clock;

    MongoEnterpriseStore(MongoTemplate mongo, MongoFigures figures, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.figures = figures;
        this.outbox = outbox;
        this.clock = clock;
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
                .updateOne(
                        Filters.and(
                                Filters.eq("_id", enterprise.id().value()),
                                Filters.eq("version", enterprise.version())),
                        update);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    "enterprise " + enterprise.id() + " changed since version " + enterprise.version());
        }
        if (!events.isEmpty()) {
            outbox.publishSoon(EnterpriseDocument.COLLECTION, enterprise.id().value());
        }
    }

    @Override
    public List<Pending> pending(int limit) {
        List<Pending> found = new ArrayList<>();
        mongo.getCollection(EnterpriseDocument.COLLECTION)
                .find(Filters.exists(PENDING + ".id"))
                .projection(new Document(PENDING, 1))
                .limit(limit)
                .forEach(document -> found.add(new Pending(
                        document.getString("_id"),
                        document.getList(PENDING, Document.class).stream()
                                .map(p -> new EnterpriseChanges.Change(
                                        p.getString("id"), p.getDate("at").toInstant()))
                                .toList())));
        return found;
    }

    @Override
    public void settle(String enterpriseId, List<String> changeIds) {
        mongo.getCollection(EnterpriseDocument.COLLECTION)
                .updateOne(
                        Filters.eq("_id", enterpriseId),
                        new Document(
                                "$pull", new Document(PENDING, new Document("id", new Document("$in", changeIds)))));
    }

    @Override
    public PageResult<Enterprise> search(EnterpriseQuery query) {
        Query mongoQuery = EnterpriseCriteria.of(query);
        long total = mongo.count(mongoQuery, EnterpriseDocument.class, EnterpriseDocument.COLLECTION);
        mongoQuery.with(sort(query)).skip((long) query.page() * query.size()).limit(query.size());
        List<Enterprise> items =
                mongo.find(mongoQuery, EnterpriseDocument.class, EnterpriseDocument.COLLECTION).stream()
                        .map(EnterpriseMapper::toDomain)
                        .toList();
        return new PageResult<>(items, query.page(), query.size(), total);
    }

    @Override
    public void forEach(EnterpriseQuery query, Consumer<Enterprise> action) {
        Query mongoQuery = EnterpriseCriteria.of(query).with(sort(query));
        try (Stream<EnterpriseDocument> documents =
                mongo.stream(mongoQuery, EnterpriseDocument.class, EnterpriseDocument.COLLECTION)) {
            documents.map(EnterpriseMapper::toDomain).forEach(action);
        }
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

    private static Sort sort(EnterpriseQuery query) {
        EnterpriseQuery.SortField field = query.sort() == null ? EnterpriseQuery.SortField.creditCode : query.sort();
        Sort.Direction direction = query.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort sort = Sort.by(direction, field.path());
        return field == EnterpriseQuery.SortField.creditCode ? sort : sort.and(Sort.by(Sort.Direction.ASC, "_id"));
    }
}
