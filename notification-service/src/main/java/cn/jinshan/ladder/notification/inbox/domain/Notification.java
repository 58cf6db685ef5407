package cn.jinshan.ladder.notification.inbox.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One inbox item for one recipient (a person, a role or a firm), caused by one event. Read and archived state is
 * kept per user, since an item addressed to a role is seen by everyone holding it.
 */
public record Notification(
        String id,
        List<Address> addresses,
        Category category,
        Priority priority,
        LocalizedText title,
        LocalizedText body,
        String link,
        String sourceEventId,
        String eventType,
        Instant createdAt,
        Set<String> readBy,
        Set<String> archivedBy) {

    public Notification {
        Objects.requireNonNull(id, "id");
        addresses = List.copyOf(addresses);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        readBy = Set.copyOf(readBy);
        archivedBy = Set.copyOf(archivedBy);
    }

    /** A new, unread item; its id is derived from the causing event and the recipient so redelivery adds nothing. */
    public static Notification create(
            String sourceEventId,
            String eventType,
            Recipient recipient,
            Category category,
            Priority priority,
            LocalizedText title,
            LocalizedText body,
            String link,
            Instant at) {
        return new Notification(
                idFor(sourceEventId, recipient.key()),
                recipient.addresses(),
                category,
                priority,
                title,
                body,
                link,
                sourceEventId,
                eventType,
                at,
                Set.of(),
                Set.of());
    }

    public static String idFor(String sourceEventId, String recipientKey) {
        return UUID.nameUUIDFromBytes((sourceEventId + "|" + recipientKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public boolean readBy(String subject) {
        return readBy.contains(subject);
    }

    public boolean archivedBy(String subject) {
        return archivedBy.contains(subject);
    }
}
