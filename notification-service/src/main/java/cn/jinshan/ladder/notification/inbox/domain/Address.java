package cn.jinshan.ladder.notification.inbox.domain;

import java.util.Locale;
import java.util.Objects;

/** Where an inbox item is addressed: a user's subject or username, a realm role, or a firm's users. */
public record Address(String key) {

    public Address {
        Objects.requireNonNull(key, "key");
    }

    public static Address subject(String subject) {
        return new Address("user:" + subject);
    }

    /** Usernames are matched as Keycloak keeps them: trimmed and in lower case, whatever case an event spelt. */
    public static Address username(String username) {
        return new Address(
                "username:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)));
    }

    public static Address role(String role) {
        return new Address("role:" + role);
    }

    public static Address enterprise(String enterpriseId) {
        return new Address("enterprise:" + enterpriseId);
    }
}
