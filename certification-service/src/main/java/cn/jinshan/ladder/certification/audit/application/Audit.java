package cn.jinshan.ladder.certification.audit.application;

import cn.jinshan.ladder.certification.audit.domain.AuditRecord;
import cn.jinshan.ladder.certification.audit.domain.AuditRecord.Outcome;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/**
 * Audits security-relevant actions (decisions on applications, certificate revocations): exactly one record per
 * action with actor, action, object, outcome and the request id from the MDC.
 */
@Service
public class Audit {

    /** The MDC key the kit's request-id filter fills (echoed as {@code X-Request-Id}). */
    static final String REQUEST_ID = "requestId";

    private final AuditLog log;
    private final Clock clock;

    Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Runs the action and records its outcome: succeeded, or refused with the rule that refused it (rethrown). A
     * forbidden caller is recorded once, as denied, by the web layer, which sees every 403.
     */
    public <T> T action(String action, String objectType, String objectId, CurrentUser actor, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (ConflictException | InvalidInputException | NotFoundException e) {
            record(action, objectType, objectId, actor, Outcome.REFUSED, e.getMessage());
            throw e;
        }
        record(action, objectType, objectId, actor, Outcome.SUCCEEDED, null);
        return result;
    }

    /** Records an attempt the caller's role does not allow (the action never ran). */
    public void denied(String action, String objectType, String objectId, CurrentUser actor) {
        record(action, objectType, objectId, actor, Outcome.DENIED, "the caller's role may not take this action");
    }

    private void record(
            String action, String objectType, String objectId, CurrentUser actor, Outcome outcome, String detail) {
        log.append(new AuditRecord(
                UUID.randomUUID().toString(),
                clock.instant(),
                actor.subject(),
                actor.username(),
                actor.roles().stream()
                        .map(Enum::name)
                        .sorted()
                        .reduce((a, b) -> a + "," + b)
                        .orElse(""),
                action,
                objectType,
                objectId,
                outcome,
                detail,
                MDC.get(REQUEST_ID)));
    }
}
