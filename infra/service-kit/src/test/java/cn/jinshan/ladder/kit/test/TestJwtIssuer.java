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

    /**
     * A client-credentials token of the {@code ladder-services} client, shaped like Keycloak's service-account tokens
     * ({@code azp}, {@code client_id}, {@code preferred_username = service-account-ladder-services}, no Ladder role).
     */
    public String serviceToken() {
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        return signWith(
                key,
                JWSAlgorithm.RS256,
                new JWTClaimsSet.Builder()
                        .jwtID(UUID.randomUUID().toString())
                        .issuer(issuer)
                        .subject("00000000-0000-0000-0000-00000000005e")
                        .audience(List.of(AUDIENCE, "account"))
                        .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                        .expirationTime(Date.from(expiresAt))
                        .claim("typ", "Bearer")
                        .claim("azp", "ladder-services")
                        .claim("client_id", "ladder-services")
                        .claim("preferred_username", "service-account-ladder-services")
                        .claim("realm_access", Map.of("roles", List.of("default-roles-ladder", "offline_access"))));
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

    /**
     * Tokens every route must refuse with 401, by name: none, expired, not yet valid, wrong issuer, wrong audience,
     * {@code alg: none}, HS256 signed with the public key, unknown {@code kid}, tampered payload, an ID token
     * instead of an access token, and a token another client obtained for itself.
     */
    public Map<String, String> badTokens(TestUser user) {
        Instant in15 = Instant.now().plus(Duration.ofMinutes(15));
        String valid = token(user);
        String[] parts = valid.split("\\.");
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("none", null);
        tokens.put("expired", expiredToken(user));
        tokens.put(
                "not yet valid",
                signWith(
                        key,
                        JWSAlgorithm.RS256,
                        claims(user, issuer, List.of(AUDIENCE), in15.plus(Duration.ofHours(1)))
                                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(30))))
                                .issueTime(Date.from(Instant.now().plus(Duration.ofMinutes(30))))));
        tokens.put("wrong issuer", tokenFromIssuer(user, "http://127.0.0.1:1/realms/ladder"));
        tokens.put("wrong audience", tokenForAudience(user, "account"));
        tokens.put("alg none", base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        tokens.put("HS256 with the public key", hmacWithPublicKey(claims(user, issuer, List.of(AUDIENCE), in15)));
        tokens.put(
                "unknown kid", signWith(stranger(), JWSAlgorithm.RS256, claims(user, issuer, List.of(AUDIENCE), in15)));
        tokens.put("tampered payload", parts[0] + "." + tamperedRoles(parts[1]) + "." + parts[2]);
        tokens.put(
                "ID token",
                signWith(
                        key,
                        JWSAlgorithm.RS256,
                        claims(user, issuer, List.of(AUDIENCE, "ladder-web"), in15)
                                .claim("typ", "ID")));
        tokens.put(
                "another client's token",
                signWith(
                        key,
                        JWSAlgorithm.RS256,
                        claims(user, issuer, List.of("account", "other-client"), in15)
                                .claim("azp", "other-client")));
        return tokens;
    }

    private String sign(TestUser user, String iss, List<String> audience, Instant expiresAt) {
        return signWith(key, JWSAlgorithm.RS256, claims(user, iss, audience, expiresAt));
    }

    private static String signWith(RSAKey signingKey, JWSAlgorithm algorithm, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(algorithm)
                            .keyID(signingKey.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new UncheckedIOException(new IOException("cannot sign a test token", e));
        }
    }

    private String hmacWithPublicKey(JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new com.nimbusds.jose.crypto.MACSigner(key.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new UncheckedIOException(new IOException("cannot sign a test token", e));
        }
    }

    private static RSAKey stranger() {
        try {
            return new RSAKeyGenerator(2048).keyID("stranger-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tamperedRoles(String payload) {
        String json = new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return base64(json.replaceFirst("\\[[^\\]]*\\]\\}", "[\"ADMIN\",\"OFFICIAL\"]}"));
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private JWTClaimsSet.Builder claims(TestUser user, String iss, List<String> audience, Instant expiresAt) {
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
        return claims;
    }
}
