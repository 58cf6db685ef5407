package cn.jinshan.ladder.kit.audit;

import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Maps audit records to and from their {@code audit_log} documents. */
final class AuditDocuments {

    private AuditDocuments() {}

    static Document toDocument(AuditRecord record) {
        return new Document("_id", record.id())
                .append(
                        "actor",
                        new Document("subject", record.actorSubject())
                                .append("username", record.actorUsername())
                                .append("roles", record.actorRoles())
                                .append("enterpriseId", record.actorEnterpriseId()))
                .append("action", record.action())
                .append("objectType", record.objectType())
                .append("objectId", record.objectId())
                .append("outcome", record.outcome().name())
                .append("details", record.details())
                .append("requestId", record.requestId())
                .append("occurredAt", Date.from(record.occurredAt()));
    }

    static AuditRecord fromDocument(Document document) {
        Document actor = document.get("actor", Document.class);
        return new AuditRecord(
                document.getString("_id"),
                actor.getString("subject"),
                actor.getString("username"),
                actor.getList("roles", String.class, List.of()),
                actor.getString("enterpriseId"),
                document.getString("action"),
                document.getString("objectType"),
                document.getString("objectId"),
                AuditOutcome.valueOf(document.getString("outcome")),
                document.getString("details"),
                document.getString("requestId"),
                document.getDate("occurredAt").toInstant());
    }
}
