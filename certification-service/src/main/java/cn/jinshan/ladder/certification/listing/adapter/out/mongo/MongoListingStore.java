package cn.jinshan.ladder.certification.listing.adapter.out.mongo;

import cn.jinshan.ladder.certification.listing.application.ListingStore;
import cn.jinshan.ladder.certification.listing.domain.Board;
import cn.jinshan.ladder.certification.listing.domain.ListingPipeline;
import cn.jinshan.ladder.certification.listing.domain.Milestone;
import cn.jinshan.ladder.certification.persistence.AggregateDocuments;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Listing pipelines in {@code listings}, one document per firm (id = enterprise id) with its pending events. */
@Repository
class MongoListingStore implements ListingStore {

    static final String COLLECTION = "listings";
    static final String TOPIC = "certification.events";

    /** A pipeline as stored. */
    record ListingDocument(@Id String id, Board board, List<Milestone> milestones, long version) {}

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;
    private final Outbox outbox;

    MongoListingStore(MongoTemplate mongo, AggregateDocuments documents, Outbox outbox) {
        this.mongo = mongo;
        this.documents = documents;
        this.outbox = outbox;
    }

    @Override
    public Optional<ListingPipeline> find(String enterpriseId) {
        return Optional.ofNullable(mongo.findById(enterpriseId, ListingDocument.class, COLLECTION))
                .map(MongoListingStore::toPipeline);
    }

    @Override
    public List<ListingPipeline> findAll() {
        return mongo.findAll(ListingDocument.class, COLLECTION).stream()
                .map(MongoListingStore::toPipeline)
                .toList();
    }

    @Override
    public void save(ListingPipeline pipeline, boolean isNew, List<EventEnvelope> events) {
        ListingDocument document = new ListingDocument(
                pipeline.enterpriseId(), pipeline.board(), pipeline.milestones(), pipeline.version());
        if (isNew) {
            documents.insert(COLLECTION, document, outbox.records(TOPIC, events));
        } else {
            documents.update(COLLECTION, document, pipeline.version(), outbox.records(TOPIC, events));
        }
        if (!events.isEmpty()) {
            outbox.publishSoon(COLLECTION, pipeline.enterpriseId());
        }
    }

    private static ListingPipeline toPipeline(ListingDocument document) {
        return new ListingPipeline(document.id(), document.board(), document.milestones(), document.version());
    }
}
