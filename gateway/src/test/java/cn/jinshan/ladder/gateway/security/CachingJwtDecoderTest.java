package cn.jinshan.ladder.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
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
                            ? Mono.error(new JwtValidationException("bad", List.of(new OAuth2Error("invalid"))))
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

    @Test
    void aRememberedTokenIsRejectedOnceItHasExpiredUnderTheRealValidator() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).generate();
        SignedJWT signed = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder()
                        .subject("u")
                        .issueTime(Date.from(NOW))
                        .expirationTime(Date.from(NOW.plusSeconds(300)))
                        .build());
        signed.sign(new RSASSASigner(key));
        String token = signed.serialize();
        AtomicReference<Instant> time = new AtomicReference<>(NOW);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return time.get();
            }
        };
        NimbusReactiveJwtDecoder validating =
                NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        validating.setJwtValidator(timestamps);
        CachingJwtDecoder decoder = new CachingJwtDecoder(validating, clock, 10);

        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("u");
        time.set(NOW.plusSeconds(299));
        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("u");
        // past exp and Spring's 60 s clock skew: the cache no longer answers and the validator refuses
        time.set(NOW.plusSeconds(300 + 61));
        assertThatThrownBy(() -> decoder.decode(token).block())
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }
}
