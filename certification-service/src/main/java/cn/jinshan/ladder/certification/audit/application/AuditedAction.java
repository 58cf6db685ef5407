package cn.jinshan.ladder.certification.audit.application;

import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.ForbiddenException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Runs a security-relevant action (a decision, a revocation) and writes exactly one record of it to the kit's
 * {@link AuditLog}: {@code SUCCEEDED}, or {@code FAILED} with the rule that refused it. A role-denied attempt is not
 * recorded here: the kit records every 403 once, as {@code DENIED}.
 */
@Service
public class AuditedAction {

    private final AuditLog audit;

    AuditedAction(AuditLog audit) {
        this.audit = audit;
    }

    /** Runs {@code work} on the object and records how it ended; a failure is rethrown after it is recorded. */
    public <T> T run(String action, String objectType, String objectId, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (ForbiddenException | AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            audit.record(action, objectType, objectId, AuditOutcome.FAILED, rule(e));
            throw e;
        }
        audit.record(action, objectType, objectId, AuditOutcome.SUCCEEDED);
        return result;
    }

    /** The rule that refused the action, for the record's details (rule names and messages only, no input). */
    static String rule(RuntimeException failure) {
        if (failure instanceof ConflictException conflict) {
            return "conflict " + conflict.code() + ": " + conflict.getMessage();
        }
        if (failure instanceof InvalidInputException invalid) {
            return "invalid "
                    + invalid.violations().stream()
                            .map(violation -> violation.field() + " " + violation.rule())
                            .collect(Collectors.joining(", "));
        }
        if (failure instanceof NotFoundException notFound) {
            return "not-found " + notFound.resource();
        }
        return "error " + failure.getClass().getSimpleName();
    }
}
