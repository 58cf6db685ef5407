package cn.jinshan.ladder.notification.intake.application;

import cn.jinshan.ladder.kit.consumer.ProcessedEvents;
import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.events.IncomingEvent;
import cn.jinshan.ladder.notification.directory.application.RecipientDirectory;
import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import cn.jinshan.ladder.notification.inbox.application.Inbox;
import cn.jinshan.ladder.notification.reminders.application.Reminders;
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
 * Applies one platform event once: updates the recipient directory, delivers what the event's rule asks for, and
 * schedules or cancels the reminders the event causes or ends.
 * Every write is an idempotent upsert, and the event is marked applied last, so a redelivery changes nothing. Every
 * read and write is by {@code _id} (the MongoDB stand-in has no secondary indexes): a directory event's upsert answers
 * the entry it stored, and the event type's rule is cached briefly ({@link RuleBook#forEvent}).
 */
@Service
public class EventIntake {

    static final String CONSUMER = "notification-intake";

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final DirectoryFeed directoryFeed;
    private final RecipientDirectory directory;
    private final RuleBook rules;
    private final Inbox inbox;
    private final Reminders reminders;
    private final Clock clock;

    EventIntake(
            EventCodec codec,
            ProcessedEvents processed,
            DirectoryFeed directoryFeed,
            RecipientDirectory directory,
            RuleBook rules,
            Inbox inbox,
            Reminders reminders,
            Clock clock) {
        this.codec = codec;
        this.processed = processed;
        this.directoryFeed = directoryFeed;
        this.directory = directory;
        this.rules = rules;
        this.inbox = inbox;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Reads a record value and applies it; a value that is no Ladder event is a {@code MalformedEventException}. */
    public void accept(String value) {
        apply(codec.read(value));
    }

    public void apply(IncomingEvent event) {
        if (processed.alreadyApplied(CONSUMER, event.eventId())) {
            return;
        }
        Optional<EnterpriseContact> described = directoryFeed.apply(event);
        EventFacts facts = facts(event);
        rules.forEvent(event.type()).ifPresent(rule -> {
            Optional<EnterpriseContact> contact =
                    described.isPresent() ? described : facts.enterpriseId().flatMap(directory::find);
            NotificationPlanner.plan(rule, facts, contact, clock.instant()).forEach(inbox::deliver);
        });
        reminders.onEvent(facts);
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
