package cn.jinshan.ladder.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Signs test access tokens shaped like the ladder realm's, with a key whose JWKS a WireMock Keycloak serves. */
final class TestTokens {

    static final String ISSUER = "http://localhost:8180/realms/ladder";
    static final String KEY_ID = "ladder-test-key";

    private final RSAKey key = generate();
    private final RSAKey strangerKey = generate();

    /** The JWK set Keycloak would publish: only the public half of the realm key. */
    String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** A valid token of the demo official. */
    String valid() {
        return with(UnaryOperator.identity());
    }

    /** A token whose claims differ from a valid one as the operator says. */
    String with(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(validClaims()).build(), key);
    }

    /** A token with valid claims signed by a key Keycloak never published (same key id). */
    String signedByStranger() {
        return sign(validClaims().build(), strangerKey);
    }

    private static JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of("ladder-api", "account"))
                .subject("b7c1a2f0-official")
                .claim("preferred_username", "official")
                .claim("realm_access", Map.of("roles", List.of("OFFICIAL")))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(KEY_ID)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a test key", e);
        }
    }
}
