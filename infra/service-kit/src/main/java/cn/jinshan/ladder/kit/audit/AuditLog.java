package cn.jinshan.ladder.kit.audit;

import cn.jinshan.ladder.kit.web.RequestIdFilter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes one audit record per security-relevant action to the service's {@code audit_log} collection, taking the
 * actor from the security context and the request id from the MDC. A failed write is logged and counted, never
 * thrown: auditing must not turn a request into a server error.
 */
public class AuditLog implements AuditQuery {

    public static final String COLLECTION = "audit_log";
    static final int MAX_DETAILS = 500;
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final MeterRegistry meters;

    public AuditLog(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.meters = meters;
    }

    /** Records an action of the current caller on an object. */
    public void record(String action, String objectType, String objectId, AuditOutcome outcome) {
        record(action, objectType, objectId, outcome, null);
    }

    /** Records an action of the current caller on an object, with a short free-text detail (no secrets). */
    public void record(String action, String objectType, String objectId, AuditOutcome outcome, String details) {
        Actor actor = Actor.current();
        try {
            mongo.getCollection(COLLECTION)
                    .insertOne(AuditDocuments.toDocument(new AuditRecord(
                            UUID.randomUUID().toString(),
                            actor.subject(),
                            actor.username(),
                            actor.roles(),
                            actor.enterpriseId(),
                            action,
                            objectType,
                            objectId,
                            outcome,
                            details == null || details.length() <= MAX_DETAILS
                                    ? details
                                    : details.substring(0, MAX_DETAILS),
                            MDC.get(RequestIdFilter.MDC_KEY),
                            clock.instant())));
            count("ladder.audit.records", outcome);
        } catch (RuntimeException e) {
            count("ladder.audit.write.failures", outcome);
            log.warn(
                    "audit record not written: action={} outcome={} failure={}",
                    action,
                    outcome,
                    e.getClass().getSimpleName());
        }
    }

    /** Records a role-denied attempt on this request: action {@code METHOD /route-pattern}, object the path. */
    public void recordDenied(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String path = request.getRequestURI();
        String route = pattern == null ? path : pattern.toString();
        record(request.getMethod() + " " + route, "path", path, AuditOutcome.DENIED);
    }

    @Override
    public List<AuditRecord> byRequestId(String requestId) {
        return find(new Document("requestId", requestId), 1000);
    }

    @Override
    public List<AuditRecord> byObject(String objectType, String objectId) {
        return find(new Document("objectType", objectType).append("objectId", objectId), 1000);
    }

    @Override
    public List<AuditRecord> latest(int limit) {
        return find(new Document(), Math.max(1, Math.min(limit, 1000)));
    }

    private List<AuditRecord> find(Document filter, int limit) {
        List<AuditRecord> records = new ArrayList<>();
        mongo.getCollection(COLLECTION)
                .find(filter)
                .sort(new Document("occurredAt", -1))
                .limit(limit)
                .forEach(document -> records.add(AuditDocuments.fromDocument(document)));
        return records;
    }

    private void count(String name, AuditOutcome outcome) {
        if (meters != null) {
            meters.counter(name, "outcome", outcome.name()).increment();
        }
    }
}
