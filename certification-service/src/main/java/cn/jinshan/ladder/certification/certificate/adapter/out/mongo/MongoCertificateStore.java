package cn.jinshan.ladder.certification.certificate.adapter.out.mongo;

import cn.jinshan.ladder.certification.certificate.application.CertificateStore;
import cn.jinshan.ladder.certification.certificate.domain.CertificateState;
import cn.jinshan.ladder.certification.certificate.domain.CertificateStatus;
import cn.jinshan.ladder.certification.persistence.AggregateDocuments;
import cn.jinshan.ladder.certification.persistence.IdIndex;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Certificates in {@code certificates}, each written with its pending events; numbers from {@code counters}. A firm's
 * certificates are found through its document in {@code firm_certificates} (ids by credit code, an {@code _id}
 * lookup), not by a filter on {@code enterpriseId}, which the MongoDB stand-in answers with a full scan.
 */
@Repository
class MongoCertificateStore implements CertificateStore {

    static final String COLLECTION = "certificates";
    static final String TOPIC = "certification.events";
    static final String FIRM_CERTIFICATES = "firm_certificates";

    private static final Logger log = LoggerFactory.getLogger(MongoCertificateStore.class);

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;
    private final Outbox outbox;
    private final IdIndex firms;

    MongoCertificateStore(MongoTemplate mongo, AggregateDocuments documents, Outbox outbox) {
        this.mongo = mongo;
        this.documents = documents;
        this.outbox = outbox;
        this.firms = new IdIndex(
                mongo,
                FIRM_CERTIFICATES,
                COLLECTION,
                List.of("enterpriseId"),
                stored -> stored.getString("enterpriseId"));
    }

    /** The secondary indexes a real MongoDB uses for the district-wide reads (ignored by the stand-in). */
    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        try {
            mongo.getCollection(COLLECTION)
                    .createIndex(Indexes.ascending("enterpriseId"), new IndexOptions().name("enterprise"));
            mongo.getCollection(COLLECTION)
                    .createIndex(
                            Indexes.ascending("status", "validUntil"), new IndexOptions().name("status_validUntil"));
        } catch (RuntimeException e) {
            log.warn("could not ensure the indexes on {}: {}", COLLECTION, e.toString());
        }
        firms.backfillInBackground();
    }

    @Override
    public boolean insertIfAbsent(CertificateState certificate, List<EventEnvelope> events) {
        firms.add(certificate.enterpriseId(), certificate.id());
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
        Query query = firms.ids(List.of(enterpriseId))
                .map(ids -> Query.query(Criteria.where("_id").in(ids)))
                .orElseGet(() -> Query.query(Criteria.where("enterpriseId").is(enterpriseId)));
        return mongo.find(query, CertificateDocument.class, COLLECTION).stream()
                .map(CertificateDocument::toState)
                .filter(certificate -> enterpriseId.equals(certificate.enterpriseId()))
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
