package cn.jinshan.ladder.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Token responses from the real Keycloak on port 8180, for any realm and client, without ever printing a token. */
final class Keycloak {

    static final String DEMO_PASSWORD = "ladder-demo";
    private static final String BASE = "http://localhost:8180/realms/";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Keycloak() {}

    /** The password grant of a public client; {@code scope=openid} adds an {@code id_token}. */
    static JsonNode passwordGrant(String realm, String client, String username, String password, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", client);
        form.put("username", username);
        form.put("password", password);
        if (scope != null) {
            form.put("scope", scope);
        }
        return tokenResponse(realm, form);
    }

    /** The client-credentials grant of a confidential client. */
    static JsonNode clientCredentials(String realm, String client, String secret) {
        return tokenResponse(
                realm, Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
    }

    /** A demo user's access token from the dev client of realm {@code ladder}. */
    static String accessToken(String username) {
        return passwordGrant("ladder", "ladder-dev", username, DEMO_PASSWORD, null)
                .path("access_token")
                .asString();
    }

    /** The decoded payload of a JWT. */
    static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static JsonNode tokenResponse(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("token request to realm %s answered %s", realm, response.statusCode())
                    .isEqualTo(200);
            return Api.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
