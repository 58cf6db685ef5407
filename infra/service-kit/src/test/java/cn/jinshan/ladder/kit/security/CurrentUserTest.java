package cn.jinshan.ladder.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CurrentUserTest {

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("user-1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void readsRolesNameAndFirmFromAKeycloakToken() {
        CurrentUser user = CurrentUser.from(token(Map.of(
                "preferred_username", "firm.jinxin",
                "enterpriseId", "91310116MA1J8K3L22",
                "realm_access", Map.of("roles", List.of("ENTERPRISE", "offline_access", "default-roles-ladder")))));

        assertThat(user.username()).isEqualTo("firm.jinxin");
        assertThat(user.roles()).containsExactly(CurrentUser.Role.ENTERPRISE);
        assertThat(user.belongsTo("91310116MA1J8K3L22")).isTrue();
        assertThat(user.belongsTo("91310116MA1H9P4Q57")).isFalse();
        assertThat(user.isDistrictWide()).isFalse();
    }

    @Test
    void aTokenWithoutRolesOrFirmGrantsNothing() {
        CurrentUser user = CurrentUser.from(token(Map.of("scope", "openid")));

        assertThat(user.roles()).isEmpty();
        assertThat(user.enterpriseId()).isEmpty();
        assertThat(user.username()).isEqualTo("user-1");
        assertThat(user.belongsTo("91310116MA1J8K3L22")).isFalse();
    }

    @Test
    void anOfficialIsDistrictWideButBelongsToNoFirm() {
        CurrentUser user = CurrentUser.from(token(Map.of("realm_access", Map.of("roles", List.of("OFFICIAL")))));

        assertThat(user.isDistrictWide()).isTrue();
        assertThat(user.belongsTo("91310116MA1J8K3L22")).isFalse();
    }
}
