package cn.jinshan.ladder.notification.inbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Who receives one item: a stable key (part of the item's id) and the addresses that reach them. */
public record Recipient(String key, List<Address> addresses) {

    public Recipient {
        Objects.requireNonNull(key, "key");
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a recipient needs at least one address");
        }
    }

    public static Recipient role(String role) {
        return new Recipient("role:" + role, List.of(Address.role(role)));
    }

    public static Recipient enterprise(String enterpriseId) {
        return new Recipient("enterprise:" + enterpriseId, List.of(Address.enterprise(enterpriseId)));
    }

    /** A person known by subject, by username, or both (events name specialists either way). */
    public static Recipient person(String subject, String username) {
        List<Address> addresses = new ArrayList<>();
        if (subject != null && !subject.isBlank()) {
            addresses.add(Address.subject(subject));
        }
        if (username != null && !username.isBlank()) {
            addresses.add(Address.username(username));
        }
        String key = addresses.isEmpty() ? "" : addresses.get(0).key();
        return new Recipient(key, addresses);
    }
}
