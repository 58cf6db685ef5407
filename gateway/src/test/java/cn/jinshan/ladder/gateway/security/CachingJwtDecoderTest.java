package cn.jinshan.ladder.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import reactor.core.publisher.Mono;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("u")
                .issuedAt(NOW.minusSeconds(60))
                .expiresAt(expiresAt)
                .build();
    }

    @Test
    void aValidatedTokenIsNotVerifiedAgainUntilItExpires() {
        AtomicInteger verified = new AtomicInteger();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CachingJwtDecoder decoder = new CachingJwtDecoder(
                token -> {
                    verified.incrementAndGet();
                    return Mono.just(jwt(token, NOW.plusSeconds(300)));
                },
                clock,
                10);

        decoder.decode("a").block();
        Jwt again = decoder.decode("a").block();

        assertThat(again.getTokenValue()).isEqualTo("a");
        assertThat(verified).hasValue(1);
    }

    @Test
    void anExpiredEntryIsVerifiedAgainAndARejectedTokenIsNeverRemembered() {
        AtomicInteger verified = new AtomicInteger();
        CachingJwtDecoder decoder = new CachingJwtDecoder(
                token -> {
                    verified.incrementAndGet();
                    return token.equals("bad")
                            ? Mono.error(
                                    new JwtValidationException("bad", java.util.List.of(new OAuth2Error("invalid"))))
                            : Mono.just(jwt(token, NOW.plusSeconds(1)));
                },
                Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC),
                10);

        decoder.decode("a").block();
        decoder.decode("a").block();
        decoder.decode("bad").onErrorResume(e -> Mono.empty()).block();
        decoder.decode("bad").onErrorResume(e -> Mono.empty()).block();

        assertThat(verified).hasValue(4);
    }
}
