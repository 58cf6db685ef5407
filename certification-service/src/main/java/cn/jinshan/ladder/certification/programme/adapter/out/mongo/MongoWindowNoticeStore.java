package cn.jinshan.ladder.certification.programme.adapter.out.mongo;

import cn.jinshan.ladder.certification.persistence.AggregateDocuments;
import cn.jinshan.ladder.certification.programme.application.WindowNoticeStore;
import cn.jinshan.ladder.certification.programme.domain.WindowNotices;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Window announcements in {@code window_notices}, one document per window with its pending events. */
@Repository
class MongoWindowNoticeStore implements WindowNoticeStore {

    static final String COLLECTION = "window_notices";
    static final String TOPIC = "certification.events";

    /** One window's announcements as stored. */
    record WindowNoticesDocument(@Id String id, String programme, String windowId, List<String> sent, long version) {}

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;
    private final Outbox outbox;

    MongoWindowNoticeStore(MongoTemplate mongo, AggregateDocuments documents, Outbox outbox) {
        this.mongo = mongo;
        this.documents = documents;
        this.outbox = outbox;
    }

    @Override
    public Optional<WindowNotices> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WindowNoticesDocument.class, COLLECTION))
                .map(d -> new WindowNotices(d.programme(), d.windowId(), d.sent(), d.version()));
    }

    @Override
    public void save(WindowNotices notices, boolean isNew, List<EventEnvelope> events) {
        WindowNoticesDocument document = new WindowNoticesDocument(
                notices.id(), notices.programme(), notices.windowId(), notices.sent(), notices.version());
        if (isNew) {
            documents.insert(COLLECTION, document, outbox.records(TOPIC, events));
        } else {
            documents.update(COLLECTION, document, notices.version(), outbox.records(TOPIC, events));
        }
        outbox.publishSoon(COLLECTION, notices.id());
    }
}
