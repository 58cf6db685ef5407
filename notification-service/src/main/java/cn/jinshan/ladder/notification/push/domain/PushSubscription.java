package cn.jinshan.ladder.notification.push.domain;

import cn.jinshan.ladder.notification.inbox.domain.Address;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A browser's Web Push subscription (RFC 8030) with the keys to encrypt for it (RFC 8291), owned by one user. */
public record PushSubscription(
        String id,
        String endpoint,
        String p256dh,
        String auth,
        String subject,
        List<Address> addresses,
        Language language,
        Instant createdAt) {

    public PushSubscription {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(p256dh, "p256dh");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(subject, "subject");
        addresses = List.copyOf(addresses);
    }

    /** The id of a subscription is derived from its endpoint: subscribing the same browser twice replaces it. */
    public static String idFor(String endpoint) {
        return UUID.nameUUIDFromBytes(endpoint.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public boolean reaches(List<Address> notificationAddresses) {
        return notificationAddresses.stream().anyMatch(addresses::contains);
    }
}
