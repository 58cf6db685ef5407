package cn.jinshan.ladder.enterprise.audit.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.audit.application.AuditTrail;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.MDC;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Writes audit records to the {@code audit} collection, one insert each. */
@Component
class MongoAuditTrail implements AuditTrail {

    static final String COLLECTION = "audit";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoAuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void record(CurrentUser who, String action, String target, Outcome outcome, String detail) {
        insert(who.subject(), who.username(), action, target, outcome, detail);
    }

    @Override
    public void recordSystem(String action, String target, Outcome outcome, String detail) {
        insert("system", "enterprise-service", action, target, outcome, detail);
    }

    private void insert(String subject, String username, String action, String target, Outcome outcome, String detail) {
        mongo.getCollection(COLLECTION)
                .insertOne(new Document("_id", UUID.randomUUID().toString())
                        .append("at", Date.from(clock.instant()))
                        .append("actorSubject", subject)
                        .append("actorUsername", username)
                        .append("action", action)
                        .append("target", target)
                        .append("outcome", outcome.name())
                        .append("detail", detail)
                        .append("requestId", MDC.get("requestId")));
    }
}
