package cn.jinshan.ladder.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executors;

/**
 * Scenario (a)'s backend: a JDK HTTP server answering a small JSON document on every path, serving the JWKS of a key
 * it makes at start, and writing an RS256 token signed with that key (the shape Keycloak issues: iss, aud, exp, realm
 * roles) so a gateway on other ports validates real signatures without the shared Keycloak.
 *
 * <p>Arguments: port, issuer, token file.
 */
public final class StubBackend {

    private static final byte[] BODY = ("{\"id\":\"91310116MA1J8K3L22\",\"legalName\":\"上海金鑫新材料科技有限公司\","
                    + "\"town\":\"山阳镇\",\"cluster\":\"新材料\",\"rung\":\"SPECIALIZED_NEW\"}")
            .getBytes(StandardCharsets.UTF_8);

    private StubBackend() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String issuer = args[1];
        Path tokenFile = Path.of(args[2]);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        byte[] jwks = ("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                        + b64(unsigned(pub.getModulus())) + "\",\"e\":\"" + b64(unsigned(pub.getPublicExponent()))
                        + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64(("{\"iss\":\"" + issuer + "\",\"sub\":\"bench-official\",\"aud\":[\"ladder-api\"],"
                        + "\"azp\":\"ladder-dev\",\"iat\":" + now + ",\"nbf\":" + now + ",\"exp\":" + (now + 4 * 3600)
                        + ",\"preferred_username\":\"official\",\"realm_access\":{\"roles\":[\"OFFICIAL\"]}}")
                .getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        Files.writeString(tokenFile, header + "." + payload + "." + b64(signature.sign()));

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/jwks", exchange -> answer(exchange, jwks));
        server.createContext("/", exchange -> answer(exchange, BODY));
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        System.out.println("stub backend on 127.0.0.1:" + port + ", token in " + tokenFile);
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
