package cn.jinshan.ladder.kit.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stand-in for Keycloak in tests: serves a JWKS over HTTP and signs access tokens shaped like the realm's. */
public final class TestJwtIssuer {

    public static final String AUDIENCE = "ladder-api";

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;

    private TestJwtIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("cannot start the test JWT issuer", e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/realms/ladder/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/ladder";
    }

    /** Starts an issuer on a free port; it lives until the JVM ends. */
    public static TestJwtIssuer start() {
        return new TestJwtIssuer();
    }

    public String issuerUri() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/protocol/openid-connect/certs";
    }

    /** A valid 15-minute token for the user. */
    public String token(TestUser user) {
        return sign(user, issuer, List.of(AUDIENCE, "account"), Instant.now().plus(Duration.ofMinutes(15)));
    }

    /** A token that expired a minute ago. */
    public String expiredToken(TestUser user) {
        return sign(user, issuer, List.of(AUDIENCE), Instant.now().minus(Duration.ofMinutes(1)));
    }

    /** A token issued for another audience. */
    public String tokenForAudience(TestUser user, String audience) {
        return sign(user, issuer, List.of(audience), Instant.now().plus(Duration.ofMinutes(15)));
    }

    /** A token from another issuer, signed with the right key. */
    public String tokenFromIssuer(TestUser user, String otherIssuer) {
        return sign(user, otherIssuer, List.of(AUDIENCE), Instant.now().plus(Duration.ofMinutes(15)));
    }

    private String sign(TestUser user, String iss, List<String> audience, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .issuer(iss)
                .subject(user.subject())
                .audience(audience)
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiresAt))
                .claim("typ", "Bearer")
                .claim("azp", "ladder-dev")
                .claim("preferred_username", user.username())
                .claim("realm_access", Map.of("roles", user.roles()));
        if (user.enterpriseId() != null) {
            claims.claim("enterpriseId", user.enterpriseId());
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new UncheckedIOException(new IOException("cannot sign a test token", e));
        }
    }
}
