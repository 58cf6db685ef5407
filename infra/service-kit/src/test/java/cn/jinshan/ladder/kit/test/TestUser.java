package cn.jinshan.ladder.kit.test;

import java.util.List;
import java.util.UUID;

/** A caller in tests, shaped like a user of the {@code ladder} realm. */
public record TestUser(String subject, String username, List<String> roles, String enterpriseId) {

    public TestUser {
        roles = List.copyOf(roles);
    }

    public static TestUser official() {
        return new TestUser("00000000-0000-0000-0000-0000000000a1", "official", List.of("OFFICIAL"), null);
    }

    public static TestUser admin() {
        return new TestUser("00000000-0000-0000-0000-0000000000a9", "admin", List.of("ADMIN"), null);
    }

    public static TestUser specialist(String subject) {
        return new TestUser(subject, "specialist-" + subject, List.of("SPECIALIST"), null);
    }

    /** A specialist known by both Keycloak subject and username (demo data stores usernames). */
    public static TestUser specialist(String subject, String username) {
        return new TestUser(subject, username, List.of("SPECIALIST"), null);
    }

    public static TestUser enterprise(String enterpriseId) {
        return new TestUser(
                UUID.nameUUIDFromBytes(enterpriseId.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString(),
                "firm-" + enterpriseId,
                List.of("ENTERPRISE"),
                enterpriseId);
    }

    /** A signed-in user with no Ladder role at all. */
    public static TestUser withoutRole() {
        return new TestUser("00000000-0000-0000-0000-0000000000f0", "nobody", List.of(), null);
    }
}
