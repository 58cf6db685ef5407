package cn.jinshan.ladder.kit.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every bad token (e.g. {@code TestJwtIssuer.badTokens}) to every route of a service and collects each answer
 * that is not a 401 problem whose {@code type} ends with {@code /unauthorized}.
 */
public final class BadTokenSweep {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a sweep did and which calls were not refused, as "kind → route answered status". */
    public record Result(int routes, int kinds, int calls, List<String> accepted) {

        public Result {
            accepted = List.copyOf(accepted);
        }

        /** The greppable figures line for docs/security.md. */
        public String line(String service) {
            return "SECURITY bad-tokens service=%s routes=%d kinds=%d calls=%d accepted=%d"
                    .formatted(service, routes, kinds, calls, accepted.size());
        }

        /** Prints {@link #line} and returns this result, for assertions. */
        public Result print(String service) {
            System.out.println(line(service));
            return this;
        }
    }

    private final ApiClient api;
    private final List<ApiOperation> routes;
    private final Map<String, String> badTokens;
    private final Map<String, String> ids;
    private final String defaultId;

    private BadTokenSweep(
            ApiClient api,
            List<ApiOperation> routes,
            Map<String, String> badTokens,
            Map<String, String> ids,
            String defaultId) {
        this.api = api;
        this.routes = List.copyOf(routes);
        this.badTokens = badTokens;
        this.ids = Map.copyOf(ids);
        this.defaultId = defaultId;
    }

    /** Every {@code /api/**} route of the service's own {@code /v3/api-docs}; path variables default to "1". */
    public static BadTokenSweep fromOpenApi(ApiClient api, Map<String, String> badTokens) {
        List<ApiOperation> routes = AuthorizationMatrix.fromOpenApi(api).operations().stream()
                .filter(operation -> operation.pathTemplate().startsWith("/api/"))
                .toList();
        return of(api, routes, badTokens);
    }

    /** The given routes; path variables default to "1". The token map may hold a null token (no header). */
    public static BadTokenSweep of(ApiClient api, List<ApiOperation> routes, Map<String, String> badTokens) {
        return new BadTokenSweep(api, routes, badTokens, Map.of(), "1");
    }

    /** The same sweep with each path variable taken from the map, or the default id when the map has none. */
    public BadTokenSweep withIds(Map<String, String> values, String fallback) {
        return new BadTokenSweep(api, routes, badTokens, values, fallback);
    }

    /** The same sweep with the routes of these path templates called as event streams. */
    public BadTokenSweep withStreamingPaths(String... pathTemplates) {
        Set<String> streaming = Set.of(pathTemplates);
        List<ApiOperation> marked = routes.stream()
                .map(route -> streaming.contains(route.pathTemplate())
                        ? new ApiOperation(route.method(), route.pathTemplate(), true)
                        : route)
                .toList();
        return new BadTokenSweep(api, marked, badTokens, ids, defaultId);
    }

    public List<ApiOperation> routes() {
        return routes;
    }

    /** Calls every route with every bad token, one after the other, each within 5 s. */
    public Result run() {
        List<String> accepted = new ArrayList<>();
        int calls = 0;
        for (ApiOperation route : routes) {
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                String answer = answer(route, bad.getValue());
                calls++;
                if (!answer.isEmpty()) {
                    accepted.add(bad.getKey() + " → " + route + " answered " + answer);
                }
            }
        }
        return new Result(routes.size(), badTokens.size(), calls, accepted);
    }

    /**
     * Empty when the call was refused with an unauthorized problem, otherwise what came back instead. An event stream
     * is closed once its status is known, as it may never end.
     */
    private String answer(ApiOperation route, String token) {
        try {
            HttpResponse<InputStream> response =
                    api.send(request(route, token), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            boolean eventStream = response.headers()
                    .firstValue("Content-Type")
                    .filter(type -> type.startsWith("text/event-stream"))
                    .isPresent();
            if (eventStream || (route.streaming() && status >= 200 && status < 300)) {
                response.body().close();
                return Integer.toString(status);
            }
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return isUnauthorizedProblem(status, body) ? "" : Integer.toString(status);
        } catch (IOException | UncheckedIOException e) {
            return "nothing (" + e + ")";
        }
    }

    private HttpRequest request(ApiOperation route, String token) {
        HttpRequest.Builder request =
                api.request(route.expand(ids, defaultId), token).timeout(TIMEOUT);
        if (route.streaming()) {
            request.header("Accept", "text/event-stream");
        }
        if (route.method().equals("GET") || route.method().equals("DELETE")) {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        return request.build();
    }

    private static boolean isUnauthorizedProblem(int status, String body) {
        if (status != 401 || !body.startsWith("{")) {
            return false;
        }
        try {
            JsonNode type = JSON.readTree(body).path("type");
            return type.isString() && type.stringValue().endsWith("/unauthorized");
        } catch (JacksonException e) {
            return false;
        }
    }
}
