package cn.jinshan.ladder.certification.application.adapter.out.mongo;

import cn.jinshan.ladder.certification.application.application.ApplicationFilter;
import cn.jinshan.ladder.certification.application.application.ApplicationStore;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.certification.persistence.AggregateDocuments;
import cn.jinshan.ladder.certification.persistence.IdIndex;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Applications in {@code applications}, each transition written with its events in one update; the one submission
 * per firm, programme and year is a document keyed by exactly that in {@code submissions} (unique by {@code _id}).
 * A firm's applications are listed through its document in {@code firm_applications} (ids by credit code), those in
 * a status (the officials' queue, the overdue and reconciliation jobs) through {@code status_applications} (ids by
 * status and shard), and the certificates due after approvals are noted in one document of {@code reconciliation}, so
 * none of these reads scans {@code applications} (every non-{@code _id} filter is a full scan in the MongoDB
 * stand-in). The secondary indexes a real MongoDB would use for the remaining filters are created at start-up.
 */
@Repository
class MongoApplicationStore implements ApplicationStore {

    static final String COLLECTION = "applications";
    static final String SUBMISSIONS = "submissions";
    static final String TOPIC = "certification.events";
    static final String FIRM_APPLICATIONS = "firm_applications";
    static final String STATUS_APPLICATIONS = "status_applications";
    static final String RECONCILIATION = "reconciliation";
    static final String CERTIFICATES_DUE = "certificates-due";

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;
    private final Outbox outbox;
    private final IdIndex firms;
    private final IdIndex statuses;

    MongoApplicationStore(MongoTemplate mongo, AggregateDocuments documents, Outbox outbox) {
        this.mongo = mongo;
        this.documents = documents;
        this.outbox = outbox;
        this.firms = new IdIndex(
                mongo,
                FIRM_APPLICATIONS,
                COLLECTION,
                List.of("enterpriseId"),
                stored -> stored.getString("enterpriseId"));
        this.statuses = new IdIndex(
                mongo,
                STATUS_APPLICATIONS,
                COLLECTION,
                List.of("status"),
                stored -> stored.getString("status") == null
                        ? null
                        : StatusKeys.of(stored.getString("status"), String.valueOf(stored.get("_id"))));
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        ApplicationIndexes.ensure(mongo.getCollection(COLLECTION));
        firms.backfillInBackground();
        statuses.backfillInBackground();
    }

    @Override
    public void insert(ApplicationState application, List<EventEnvelope> events) {
        firms.add(application.enterpriseId(), application.id());
        statuses.add(StatusKeys.of(application.status(), application.id()), application.id());
        documents.insert(COLLECTION, ApplicationDocument.of(application), outbox.records(TOPIC, events));
        if (!events.isEmpty()) {
            outbox.publishSoon(COLLECTION, application.id());
        }
    }

    @Override
    public void update(ApplicationState application, long expectedVersion, List<EventEnvelope> events) {
        statuses.add(StatusKeys.of(application.status(), application.id()), application.id());
        documents.update(
                COLLECTION, ApplicationDocument.of(application), expectedVersion, outbox.records(TOPIC, events));
        statuses.remove(StatusKeys.otherThan(application.status(), application.id()), application.id());
        keepUnderStoredStatus(application);
        if (!events.isEmpty()) {
            outbox.publishSoon(COLLECTION, application.id());
        }
    }

    /**
     * A later transition may have been written between this one's write and its removal from the other statuses:
     * the stored status is then put back under its key (the last remover always reads after removing).
     */
    private void keepUnderStoredStatus(ApplicationState application) {
        Document stored = mongo.getCollection(COLLECTION)
                .find(Filters.eq("_id", application.id()))
                .projection(Projections.include("status"))
                .first();
        String status = stored == null ? null : stored.getString("status");
        if (status != null && !status.equals(application.status().name())) {
            statuses.add(StatusKeys.of(status, application.id()), application.id());
        }
    }

    @Override
    public Optional<ApplicationState> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ApplicationDocument.class, COLLECTION))
                .map(ApplicationDocument::toState);
    }

    @Override
    public List<ApplicationState> find(ApplicationFilter filter) {
        if (filter.enterpriseId() != null) {
            Optional<List<String>> ids = firms.ids(List.of(filter.enterpriseId()));
            if (ids.isPresent()) {
                return byIds(ids.get(), filter.enterpriseId(), filter.programme(), statusSet(filter.status()));
            }
        }
        if (filter.status() != null) {
            Optional<List<String>> ids = statuses.ids(StatusKeys.all(Set.of(filter.status())));
            if (ids.isPresent()) {
                return byIds(ids.get(), null, filter.programme(), Set.of(filter.status()));
            }
        }
        Criteria criteria = new Criteria();
        if (filter.enterpriseId() != null) {
            criteria = criteria.and("enterpriseId").is(filter.enterpriseId());
        }
        if (filter.programme() != null) {
            criteria = criteria.and("programme").is(filter.programme());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status().name());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "updatedAt"));
        return mongo.find(query, ApplicationDocument.class, COLLECTION).stream()
                .map(ApplicationDocument::toState)
                .toList();
    }

    @Override
    public List<ApplicationState> findInStatuses(Set<ApplicationStatus> wanted, String programme) {
        Optional<List<String>> ids = statuses.ids(StatusKeys.all(wanted));
        if (ids.isPresent()) {
            return byIds(ids.get(), null, programme, wanted);
        }
        Criteria criteria = Criteria.where("status")
                .in(wanted.stream().map(ApplicationStatus::name).toList());
        if (programme != null) {
            criteria = criteria.and("programme").is(programme);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "updatedAt"));
        return mongo.find(query, ApplicationDocument.class, COLLECTION).stream()
                .map(ApplicationDocument::toState)
                .toList();
    }

    /**
     * The applications with these ids by {@code _id $in} (an index lookup), kept when they match (an index id may be
     * stale) and ordered as the query would order them: last changed first.
     */
    private List<ApplicationState> byIds(
            List<String> ids, String enterpriseId, String programme, Set<ApplicationStatus> wanted) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Predicate<ApplicationState> matches =
                application -> (enterpriseId == null || enterpriseId.equals(application.enterpriseId()))
                        && (programme == null || programme.equals(application.programme()))
                        && (wanted == null || wanted.contains(application.status()));
        return mongo
                .find(
                        Query.query(Criteria.where("_id").in(new LinkedHashSet<>(ids))),
                        ApplicationDocument.class,
                        COLLECTION)
                .stream()
                .map(ApplicationDocument::toState)
                .filter(matches)
                .sorted(Comparator.comparing(
                        ApplicationState::updatedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder())))
                .toList();
    }

    private static Set<ApplicationStatus> statusSet(ApplicationStatus status) {
        return status == null ? null : Set.of(status);
    }

    @Override
    public boolean claimSubmission(String enterpriseId, String programme, int year, String applicationId) {
        try {
            mongo.getCollection(SUBMISSIONS)
                    .insertOne(new Document("_id", key(enterpriseId, programme, year))
                            .append("applicationId", applicationId));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == 11000) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void releaseSubmission(String enterpriseId, String programme, int year, String applicationId) {
        String key = key(enterpriseId, programme, year);
        Document claim =
                mongo.getCollection(SUBMISSIONS).find(Filters.eq("_id", key)).first();
        if (claim != null && applicationId.equals(claim.getString("applicationId"))) {
            mongo.getCollection(SUBMISSIONS).deleteOne(Filters.eq("_id", key));
        }
    }

    @Override
    public void certificateDue(String applicationId, Instant at) {
        reconciliation()
                .updateOne(
                        Filters.eq("_id", CERTIFICATES_DUE),
                        Updates.set("due." + applicationId, Date.from(at)),
                        new UpdateOptions().upsert(true));
    }

    @Override
    public Map<String, Instant> certificatesDue() {
        Document bucket =
                reconciliation().find(Filters.eq("_id", CERTIFICATES_DUE)).first();
        Map<String, Instant> due = new LinkedHashMap<>();
        if (bucket != null && bucket.get("due") instanceof Document notes) {
            notes.forEach((id, at) -> due.put(id, ((Date) at).toInstant()));
        }
        return due;
    }

    @Override
    public void certificateSettled(String applicationId) {
        reconciliation().updateOne(Filters.eq("_id", CERTIFICATES_DUE), Updates.unset("due." + applicationId));
    }

    @Override
    public boolean approvedCheckedOnce() {
        Document bucket =
                reconciliation().find(Filters.eq("_id", CERTIFICATES_DUE)).first();
        return bucket != null && bucket.get("checkedOnceAt") != null;
    }

    @Override
    public void markApprovedCheckedOnce() {
        reconciliation()
                .updateOne(
                        Filters.eq("_id", CERTIFICATES_DUE),
                        Updates.set("checkedOnceAt", new Date()),
                        new UpdateOptions().upsert(true));
    }

    private MongoCollection<Document> reconciliation() {
        return mongo.getCollection(RECONCILIATION);
    }

    private static String key(String enterpriseId, String programme, int year) {
        return enterpriseId + ":" + programme + ":" + year;
    }
}
