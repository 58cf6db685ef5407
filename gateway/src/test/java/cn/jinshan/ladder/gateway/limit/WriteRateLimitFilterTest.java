package cn.jinshan.ladder.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class WriteRateLimitFilterTest {

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuedAt(Instant.parse("2026-11-29T02:00:00Z"))
                .expiresAt(Instant.parse("2026-11-29T02:15:00Z"));
    }

    @Test
    void theBucketBelongsToTheTokensSubject() {
        JwtAuthenticationToken token = new JwtAuthenticationToken(
                jwt().subject("b7c1").claim("preferred_username", "official").build());

        assertThat(WriteRateLimitFilter.userKey(token)).isEqualTo("b7c1");
    }

    @Test
    void aTokenWithoutSubjectIsKeyedByUsernameOrElseByClient() {
        JwtAuthenticationToken named = new JwtAuthenticationToken(
                jwt().claim("preferred_username", "official").build());
        JwtAuthenticationToken client =
                new JwtAuthenticationToken(jwt().claim("azp", "ladder-services").build());

        assertThat(WriteRateLimitFilter.userKey(named)).isEqualTo("username:official");
        assertThat(WriteRateLimitFilter.userKey(client)).isEqualTo("client:ladder-services");
    }
}
