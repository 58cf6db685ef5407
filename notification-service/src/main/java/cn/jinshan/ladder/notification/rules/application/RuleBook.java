package cn.jinshan.ladder.notification.rules.application;

import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import cn.jinshan.ladder.notification.cache.ShortLivedCache;
import cn.jinshan.ladder.notification.rules.domain.Rule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The rules as data: looked up per event type, listed and replaced by administrators (each change audited). */
@Service
public class RuleBook {

    static final String AUDIT_ACTION = "notification-rule.replace";
    static final String AUDIT_OBJECT = "notification-rule";
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z-]{0,39}\\.[A-Z][A-Za-z]{0,99}");

    private final RuleStore store;
    private final AuditLog audit;
    private final ShortLivedCache<String, Optional<Rule>> byEventType;

    RuleBook(
            RuleStore store,
            AuditLog audit,
            @Value("${ladder.notification.rules.cache-ttl:5s}") Duration cacheTimeToLive) {
        this.store = store;
        this.audit = audit;
        this.byEventType = new ShortLivedCache<>(cacheTimeToLive);
    }

    /**
     * The rule of an event type, read at most once per {@code ladder.notification.rules.cache-ttl} per replica: a
     * change on this replica applies from the next event, one made on another replica within that time.
     */
    public Optional<Rule> forEvent(String eventType) {
        return byEventType.get(eventType, store::find);
    }

    public List<Rule> all() {
        return store.findAll();
    }

    public Rule get(String eventType) {
        return store.find(eventType).orElseThrow(() -> new NotFoundException("notification rule", eventType));
    }

    /**
     * Replaces (or adds) the rule of an event type and leaves exactly one audit record: {@code SUCCEEDED}, or
     * {@code FAILED} naming the refused fields when the rule breaks a rule of its own. An event type that is not
     * {@code <service>.<PastTenseName>} is refused before anything is read or written.
     */
    public Rule replace(String eventType, RuleDefinition definition) {
        if (eventType == null || !EVENT_TYPE.matcher(eventType).matches()) {
            throw new InvalidInputException(
                    "eventType", "pattern", "eventType must look like <service>.<PastTenseName>");
        }
        Rule rule;
        try {
            rule = definition.toRule(eventType);
        } catch (InvalidInputException e) {
            audit.record(AUDIT_ACTION, AUDIT_OBJECT, eventType, AuditOutcome.FAILED, "refused fields: " + fields(e));
            throw e;
        }
        store.save(rule);
        byEventType.forget(eventType);
        audit.record(
                AUDIT_ACTION,
                AUDIT_OBJECT,
                eventType,
                AuditOutcome.SUCCEEDED,
                "enabled=" + rule.enabled() + " recipients=" + rule.recipients() + " priority=" + rule.priority());
        return rule;
    }

    private static String fields(InvalidInputException e) {
        return String.join(
                ",", e.violations().stream().map(RuleViolation::field).toList());
    }
}
