package cn.jinshan.ladder.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the gateway as a demo user with a token from the real Keycloak (dev client, password grant) to set a scene. */
final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String token;

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    static Api as(String username) {
        return new Api(Browser.GATEWAY, Keycloak.accessToken(username));
    }

    /** Calls {@code base} (the gateway or a service's own port) with the given bearer token. */
    static Api at(String base, String token) {
        return new Api(base, token);
    }

    JsonNode get(String path) {
        return ok(send(request(path).GET()));
    }

    JsonNode post(String path, Object body) {
        return ok(send(request(path).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))));
    }

    JsonNode put(String path, Object body) {
        return ok(send(request(path).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))));
    }

    /** Any call, whatever its status, for the checks that expect a refusal. */
    HttpResponse<String> call(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        return send(request(path).method(method, publisher));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(
                        "%s %s → %s",
                        response.request().method(), response.request().uri(), response.body())
                .isBetween(200, 299);
        return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
