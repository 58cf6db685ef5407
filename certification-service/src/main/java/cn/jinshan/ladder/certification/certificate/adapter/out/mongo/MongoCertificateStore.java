package cn.jinshan.ladder.certification.certificate.adapter.out.mongo;

import cn.jinshan.ladder.certification.certificate.application.CertificateStore;
import cn.jinshan.ladder.certification.certificate.domain.CertificateState;
import cn.jinshan.ladder.certification.certificate.domain.CertificateStatus;
import cn.jinshan.ladder.certification.persistence.AggregateDocuments;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Certificates in {@code certificates}, each written with its pending events; numbers from {@code counters}. */
@Repository
class MongoCertificateStore implements CertificateStore {

    static final String COLLECTION = "certificates";
    static final String TOPIC = "certification.events";

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;
    private final Outbox outbox;

    MongoCertificateStore(MongoTemplate mongo, AggregateDocuments documents, Outbox outbox) {
        this.mongo = mongo;
        this.documents = documents;
        this.outbox = outbox;
    }

    @Override
    public boolean insertIfAbsent(CertificateState certificate, List<EventEnvelope> events) {
        try {
            documents.insert(COLLECTION, CertificateDocument.of(certificate), records(events));
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == 11000) {
                return false;
            }
            throw e;
        }
        outbox.publishSoon(COLLECTION, certificate.id());
        return true;
    }

    @Override
    public void update(CertificateState certificate, List<EventEnvelope> events) {
        documents.update(COLLECTION, CertificateDocument.of(certificate), certificate.version(), records(events));
        outbox.publishSoon(COLLECTION, certificate.id());
    }

    @Override
    public Optional<CertificateState> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CertificateDocument.class, COLLECTION))
                .map(CertificateDocument::toState);
    }

    @Override
    public List<CertificateState> findByEnterprise(String enterpriseId) {
        return mongo
                .find(
                        Query.query(Criteria.where("enterpriseId").is(enterpriseId)),
                        CertificateDocument.class,
                        COLLECTION)
                .stream()
                .map(CertificateDocument::toState)
                .toList();
    }

    @Override
    public List<CertificateState> findActive() {
        return mongo
                .find(
                        Query.query(Criteria.where("status").is(CertificateStatus.ACTIVE.name())),
                        CertificateDocument.class,
                        COLLECTION)
                .stream()
                .map(CertificateDocument::toState)
                .toList();
    }

    @Override
    public long nextNumber(String programme, int year) {
        Document counter = mongo.getCollection("counters")
                .findOneAndUpdate(
                        Filters.eq("_id", "certificate:" + programme + ":" + year),
                        Updates.inc("value", 1L),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }

    private List<OutboxRecord> records(List<EventEnvelope> events) {
        return outbox.records(TOPIC, events);
    }
}
