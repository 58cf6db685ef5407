package cn.jinshan.ladder.certification.application.adapter.out.mongo;

import cn.jinshan.ladder.certification.application.application.ApplicationFilter;
import cn.jinshan.ladder.certification.application.application.ApplicationStore;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.persistence.AggregateDocuments;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Applications in {@code applications}, each transition written with its events in one update; the one submission
 * per firm, programme and year is a document keyed by exactly that in {@code submissions} (unique by {@code _id}).
 */
@Repository
class MongoApplicationStore implements ApplicationStore {

    static final String COLLECTION = "applications";
    static final String SUBMISSIONS = "submissions";
    static final String TOPIC = "certification.events";

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;
    private final Outbox outbox;

    MongoApplicationStore(MongoTemplate mongo, AggregateDocuments documents, Outbox outbox) {
        this.mongo = mongo;
        this.documents = documents;
        this.outbox = outbox;
    }

    @Override
    public void insert(ApplicationState application, List<EventEnvelope> events) {
        documents.insert(COLLECTION, ApplicationDocument.of(application), outbox.records(TOPIC, events));
        if (!events.isEmpty()) {
            outbox.publishSoon(COLLECTION, application.id());
        }
    }

    @Override
    public void update(ApplicationState application, long expectedVersion, List<EventEnvelope> events) {
        documents.update(
                COLLECTION, ApplicationDocument.of(application), expectedVersion, outbox.records(TOPIC, events));
        if (!events.isEmpty()) {
            outbox.publishSoon(COLLECTION, application.id());
        }
    }

    @Override
    public Optional<ApplicationState> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ApplicationDocument.class, COLLECTION))
                .map(ApplicationDocument::toState);
    }

    @Override
    public List<ApplicationState> find(ApplicationFilter filter) {
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
        mongo.getCollection(SUBMISSIONS)
                .deleteOne(Filters.and(
                        Filters.eq("_id", key(enterpriseId, programme, year)),
                        Filters.eq("applicationId", applicationId)));
    }

    private static String key(String enterpriseId, String programme, int year) {
        return enterpriseId + ":" + programme + ":" + year;
    }
}
