package cn.jinshan.ladder.notification.rules.domain;

import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.inbox.domain.Recipient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies a rule to an event: one inbox item per recipient the rule names and the event or directory can reach. */
public final class NotificationPlanner {

    private NotificationPlanner() {}

    public static List<Notification> plan(
            Rule rule, EventFacts facts, Optional<EnterpriseContact> contact, Instant now) {
        if (!rule.enabled()) {
            return List.of();
        }
        Map<String, String> values = valuesFor(facts, contact);
        List<Notification> planned = new ArrayList<>();
        for (RecipientKind kind : rule.recipients()) {
            recipient(kind, facts, contact)
                    .map(recipient -> Notification.create(
                            facts.eventId(),
                            facts.type(),
                            recipient,
                            rule.category(),
                            rule.priority(),
                            rule.title().render(values),
                            rule.body().render(values),
                            Template.fill(rule.link(), values),
                            now))
                    .ifPresent(planned::add);
        }
        return List.copyOf(planned);
    }

    /** Shown for a certificate whose programme sets no end of validity (e.g. a listing). */
    static final String OPEN_ENDED = "—";

    /** The event's fields, plus the envelope's aggregate id, the firm's id and name, and programme names. */
    public static Map<String, String> valuesFor(EventFacts facts, Optional<EnterpriseContact> contact) {
        Map<String, String> values = new HashMap<>(facts.values());
        if (facts.aggregateId() != null) {
            values.putIfAbsent("aggregateId", facts.aggregateId());
        }
        facts.enterpriseId().ifPresent(id -> values.putIfAbsent("enterpriseId", id));
        facts.value("programme").ifPresent(code -> {
            values.putIfAbsent("programmeZh", Programmes.zh(code));
            values.putIfAbsent("programmeEn", Programmes.en(code));
        });
        if (values.getOrDefault("validUntil", "").isBlank() && values.containsKey("validFrom")) {
            values.put("validUntil", OPEN_ENDED);
        }
        facts.value("legalName").ifPresent(name -> values.putIfAbsent("enterpriseName", name));
        contact.flatMap(EnterpriseContact::displayName).ifPresent(name -> values.putIfAbsent("enterpriseName", name));
        return values;
    }

    private static Optional<Recipient> recipient(
            RecipientKind kind, EventFacts facts, Optional<EnterpriseContact> contact) {
        return switch (kind) {
            case OFFICIALS -> Optional.of(Recipient.role("OFFICIAL"));
            case ADMINS -> Optional.of(Recipient.role("ADMIN"));
            case ENTERPRISE -> facts.enterpriseId().map(Recipient::enterprise);
            case SPECIALIST -> specialist(facts, contact);
        };
    }

    private static Optional<Recipient> specialist(EventFacts facts, Optional<EnterpriseContact> contact) {
        Optional<String> id = facts.value("specialistId");
        Optional<String> username = facts.value("specialistUsername");
        if (id.isEmpty()
                && username.isEmpty()
                && contact.isPresent()
                && contact.get().hasSpecialist()) {
            id = Optional.ofNullable(contact.get().specialistId());
            username = Optional.ofNullable(contact.get().specialistUsername());
        }
        if (id.isEmpty() && username.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Recipient.person(id.orElse(null), username.orElse(null)));
    }
}
