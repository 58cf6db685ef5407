package cn.jinshan.ladder.certification.audit.adapter.out.mongo;

import cn.jinshan.ladder.certification.audit.application.AuditLog;
import cn.jinshan.ladder.certification.audit.domain.AuditRecord;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Audit records in the collection {@code audit_log}, one document per record, never updated. */
@Repository
class MongoAuditLog implements AuditLog {

    static final String COLLECTION = "audit_log";

    private final MongoTemplate mongo;

    MongoAuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(AuditRecord record) {
        Document document = new Document("_id", record.id())
                .append("at", Date.from(record.at()))
                .append(
                        "actor",
                        new Document("subject", record.actorSubject())
                                .append("name", record.actorName())
                                .append("role", record.actorRole()))
                .append("action", record.action())
                .append("object", new Document("type", record.objectType()).append("id", record.objectId()))
                .append("outcome", record.outcome().name())
                .append("detail", record.detail())
                .append("requestId", record.requestId());
        mongo.getCollection(COLLECTION).insertOne(document);
    }

    @Override
    public List<AuditRecord> about(String objectType, String objectId) {
        Query query = Query.query(Criteria.where("object.type")
                        .is(objectType)
                        .and("object.id")
                        .is(objectId))
                .with(Sort.by("at"));
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(MongoAuditLog::toRecord)
                .toList();
    }

    private static AuditRecord toRecord(Document document) {
        Document actor = document.get("actor", Document.class);
        Document object = document.get("object", Document.class);
        return new AuditRecord(
                document.getString("_id"),
                document.getDate("at").toInstant(),
                actor.getString("subject"),
                actor.getString("name"),
                actor.getString("role"),
                document.getString("action"),
                object.getString("type"),
                object.getString("id"),
                AuditRecord.Outcome.valueOf(document.getString("outcome")),
                document.getString("detail"),
                document.getString("requestId"));
    }
}
