package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code enterprise_metrics} collection: one {@link FiguresDocument} per firm, read and written by {@code _id}
 * only, each write version-checked and carrying its events in the document's own outbox. Also moves the figures of an
 * old-shape {@code enterprises} document out of it ({@link #migrate}).
 */
@Component
class MongoFigures {

    private final MongoTemplate mongo;

    MongoFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The firm's figures; an old-shape firm is migrated first; {@code null} when it has none. */
    FiguresDocument read(String id) {
        Document raw = find(id);
        if (raw == null && migrate(id)) {
            raw = find(id);
        }
        return raw == null ? null : mongo.getConverter().read(FiguresDocument.class, raw);
    }

    /** Stores the figures of a new firm (seeded with them); a leftover of an interrupted attempt is replaced. */
    void insert(Enterprise enterprise) {
        figures()
                .replaceOne(
                        Filters.eq("_id", enterprise.id().value()),
                        write(EnterpriseMapper.toFigures(enterprise, 1)),
                        new ReplaceOptions().upsert(true));
    }

    /** Saves figures read at {@link Enterprise#figuresVersion()} with their outbox records, in one write. */
    void update(Enterprise enterprise, List<Document> outbox) {
        long version = enterprise.figuresVersion();
        Document state = write(EnterpriseMapper.toFigures(enterprise, version + 1));
        if (version == 0) {
            state.put(OutboxRecord.FIELD, outbox);
            try {
                figures().insertOne(state);
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw stale(enterprise);
                }
                throw e;
            }
        }
        state.remove("_id");
        long matched = figures()
                .updateOne(
                        VersionIndexes.current(enterprise.id().value(), version),
                        new Document("$set", state)
                                .append("$push", new Document(OutboxRecord.FIELD, new Document("$each", outbox))))
                .getMatchedCount();
        if (matched == 0) {
            throw stale(enterprise);
        }
    }

    /**
     * Moves the embedded {@code metrics} and {@code metricHistory} of an old-shape enterprise document into its
     * figures document, then removes them from the enterprise document. Idempotent and resumable: the figures are
     * written (unless a figures document exists already, written by an earlier attempt or since) before the old
     * fields are removed, so a crash in between loses nothing. False when the document has no old fields.
     */
    boolean migrate(String id) {
        Document old = enterprises()
                .find(Filters.eq("_id", id))
                .projection(Projections.include(EnterpriseDocument.OLD_METRICS, EnterpriseDocument.OLD_METRIC_HISTORY))
                .first();
        if (old == null
                || (!old.containsKey(EnterpriseDocument.OLD_METRICS)
                        && !old.containsKey(EnterpriseDocument.OLD_METRIC_HISTORY))) {
            return false;
        }
        Document figures = new Document("_id", id)
                .append("years", orEmpty(old.get(EnterpriseDocument.OLD_METRICS)))
                .append("history", orEmpty(old.get(EnterpriseDocument.OLD_METRIC_HISTORY)))
                .append("version", 1L);
        try {
            figures().insertOne(figures);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        enterprises()
                .updateOne(
                        Filters.eq("_id", id),
                        Updates.combine(
                                Updates.unset(EnterpriseDocument.OLD_METRICS),
                                Updates.unset(EnterpriseDocument.OLD_METRIC_HISTORY)));
        return true;
    }

    /** Moves every old-shape firm's figures; returns how many firms were moved. */
    int migrateAll() {
        List<String> ids = new ArrayList<>();
        enterprises()
                .find(Filters.or(
                        Filters.exists(EnterpriseDocument.OLD_METRICS),
                        Filters.exists(EnterpriseDocument.OLD_METRIC_HISTORY)))
                .projection(Projections.include("_id"))
                .forEach((Document document) -> ids.add(document.getString("_id")));
        int moved = 0;
        for (String id : ids) {
            if (migrate(id)) {
                moved++;
            }
        }
        return moved;
    }

    private Document find(String id) {
        return figures()
                .find(Filters.eq("_id", id))
                .projection(Projections.exclude(OutboxRecord.FIELD))
                .first();
    }

    private static Object orEmpty(Object list) {
        return list == null ? List.of() : list;
    }

    private static OptimisticLockingFailureException stale(Enterprise enterprise) {
        return new OptimisticLockingFailureException(
                "figures of enterprise " + enterprise.id() + " changed since version " + enterprise.figuresVersion());
    }

    private Document write(FiguresDocument document) {
        Document target = new Document();
        mongo.getConverter().write(document, target);
        target.remove("_class");
        return target;
    }

    private MongoCollection<Document> figures() {
        return mongo.getCollection(FiguresDocument.COLLECTION);
    }

    private MongoCollection<Document> enterprises() {
        return mongo.getCollection(EnterpriseDocument.COLLECTION);
    }
}
