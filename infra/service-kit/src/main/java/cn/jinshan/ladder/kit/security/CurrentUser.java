package cn.jinshan.ladder.kit.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, read from the Keycloak access token: subject, name, realm roles and the firm they belong to. */
public record CurrentUser(String subject, String username, Set<Role> roles, Optional<String> enterpriseId) {

    /** The four realm roles of the {@code ladder} realm. */
    public enum Role {
        ENTERPRISE,
        OFFICIAL,
        SPECIALIST,
        ADMIN
    }

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    /** Reads the caller from a validated token. */
    public static CurrentUser from(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        String enterpriseId = jwt.getClaimAsString("enterpriseId");
        return new CurrentUser(
                jwt.getSubject(),
                username == null ? jwt.getSubject() : username,
                realmRoles(jwt),
                Optional.ofNullable(enterpriseId).filter(id -> !id.isBlank()));
    }

    static Set<Role> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> names)) {
            return Set.of();
        }
        List<String> known = List.of("ENTERPRISE", "OFFICIAL", "SPECIALIST", "ADMIN");
        return names.stream()
                .map(String::valueOf)
                .filter(known::contains)
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Officials and admins see the whole district. */
    public boolean isDistrictWide() {
        return has(Role.OFFICIAL) || has(Role.ADMIN);
    }

    /** True when the caller is a firm user of exactly this enterprise. */
    public boolean belongsTo(String enterpriseIdToCheck) {
        return has(Role.ENTERPRISE)
                && enterpriseId.map(enterpriseIdToCheck::equals).orElse(false);
    }
}
