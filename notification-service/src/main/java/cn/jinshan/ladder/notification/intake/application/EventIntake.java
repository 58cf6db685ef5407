package cn.jinshan.ladder.notification.intake.application;

import cn.jinshan.ladder.kit.consumer.ProcessedEvents;
import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.events.IncomingEvent;
import cn.jinshan.ladder.kit.events.MalformedEventException;
import cn.jinshan.ladder.notification.directory.application.RecipientDirectory;
import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import cn.jinshan.ladder.notification.inbox.application.Inbox;
import cn.jinshan.ladder.notification.rules.application.RuleBook;
import cn.jinshan.ladder.notification.rules.domain.EventFacts;
import cn.jinshan.ladder.notification.rules.domain.NotificationPlanner;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Applies one platform event once: updates the recipient directory, then delivers what the event's rule asks for.
 * Every write is an idempotent upsert, and the event is marked applied last, so a redelivery changes nothing.
 */
@Service
public class EventIntake {

    static final String CONSUMER = "notification-intake";
    static final String ENTERPRISE_REGISTERED = "enterprise.EnterpriseRegistered";

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final RecipientDirectory directory;
    private final RuleBook rules;
    private final Inbox inbox;
    private final Clock clock;

    EventIntake(
            EventCodec codec,
            ProcessedEvents processed,
            RecipientDirectory directory,
            RuleBook rules,
            Inbox inbox,
            Clock clock) {
        this.codec = codec;
        this.processed = processed;
        this.directory = directory;
        this.rules = rules;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Reads a record value and applies it; a value that is no Ladder event is a {@link MalformedEventException}. */
    public void accept(String value) {
        apply(codec.read(value));
    }

    public void apply(IncomingEvent event) {
        if (processed.alreadyApplied(CONSUMER, event.eventId())) {
            return;
        }
        if (ENTERPRISE_REGISTERED.equals(event.type())) {
            EnterpriseRegistered registered = codec.payload(event, EnterpriseRegistered.class);
            if (registered.enterpriseId() == null) {
                throw new MalformedEventException("enterpriseId is missing in " + event.eventId(), null);
            }
            directory.record(new EnterpriseContact(
                    registered.enterpriseId(),
                    registered.legalName(),
                    registered.shortName(),
                    registered.town(),
                    registered.cluster(),
                    registered.specialistId(),
                    registered.specialistUsername()));
        }
        EventFacts facts = facts(event);
        rules.forEvent(event.type()).ifPresent(rule -> {
            Optional<EnterpriseContact> contact = facts.enterpriseId().flatMap(directory::find);
            NotificationPlanner.plan(rule, facts, contact, clock.instant()).forEach(inbox::deliver);
        });
        processed.markApplied(CONSUMER, event.eventId(), event.type());
    }

    static EventFacts facts(IncomingEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : event.payload().properties()) {
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                values.put(field.getKey(), value.asString());
            }
        }
        return new EventFacts(event.eventId(), event.type(), event.aggregateId(), event.occurredAt(), values);
    }
}
