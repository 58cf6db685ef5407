package cn.jinshan.ladder.kit.test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * Probes every route of a service's OpenAPI document as callers who must not reach a victim firm's objects:
 * anonymous callers get 401 everywhere, and a foreign caller never gets a 2xx on a route that names a victim's
 * object, nor a victim's id in any answer.
 */
public final class AuthorizationMatrix {

    /** One call that broke the rules, kept for the failure message. */
    public record Breach(String caller, String method, String path, int status, String why) {}

    private final ApiClient api;
    private final List<ApiOperation> operations;

    private AuthorizationMatrix(ApiClient api, List<ApiOperation> operations) {
        this.api = api;
        this.operations = List.copyOf(operations);
    }

    /** Reads the routes from the service's own {@code /v3/api-docs}. */
    public static AuthorizationMatrix fromOpenApi(ApiClient api) {
        JsonNode paths = ApiClient.json(api.get("/v3/api-docs", null)).get("paths");
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                boolean streaming = operation.getValue().toString().contains("text/event-stream");
                operations.add(new ApiOperation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), streaming));
            }
        }
        return new AuthorizationMatrix(api, operations);
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    /** Every API route called without a token; anything but 401 is a breach. */
    public List<Breach> anonymousCalls(Map<String, String> ids) {
        List<Breach> breaches = new ArrayList<>();
        for (ApiOperation operation : apiOperations()) {
            String path = operation.expand(ids, "1");
            int status = call(operation.method(), path, null).statusCode();
            if (status != 401) {
                breaches.add(new Breach("anonymous", operation.method(), path, status, "expected 401"));
            }
        }
        report("anonymous", apiOperations().size(), breaches);
        return breaches;
    }

    /**
     * Every API route called by a foreign caller with the victim's ids: a route naming a victim object must not
     * answer 2xx, and no answer may contain one of the victim's ids.
     */
    public List<Breach> foreignCalls(String caller, String token, Map<String, String> victimIds) {
        List<Breach> breaches = new ArrayList<>();
        for (ApiOperation operation : apiOperations()) {
            if (operation.streaming()) {
                continue;
            }
            boolean namesVictim = operation.variables().stream().anyMatch(victimIds::containsKey);
            String path = operation.expand(victimIds, "1");
            breaches.addAll(
                    judge(caller, operation, path, call(operation.method(), path, token), namesVictim, victimIds));
        }
        report(
                "foreign caller '" + caller + "'",
                (int) apiOperations().stream()
                        .filter(operation -> !operation.streaming())
                        .count(),
                breaches);
        return breaches;
    }

    /** Random (token, victim id) probes over the routes that name a victim object. */
    public List<Breach> randomProbes(
            Map<String, String> callerTokens, Map<String, String> victimIds, int probes, long seed) {
        List<ApiOperation> targeted = apiOperations().stream()
                .filter(operation -> !operation.streaming())
                .filter(operation -> operation.variables().stream().anyMatch(victimIds::containsKey))
                .toList();
        List<String> callers = List.copyOf(callerTokens.keySet());
        Random random = new Random(seed);
        List<Breach> breaches = new ArrayList<>();
        for (int i = 0; i < probes && !targeted.isEmpty(); i++) {
            ApiOperation operation = targeted.get(random.nextInt(targeted.size()));
            String caller = callers.get(random.nextInt(callers.size()));
            String path = operation.expand(victimIds, Integer.toString(random.nextInt(10_000)));
            HttpResponse<String> response = call(operation.method(), path, callerTokens.get(caller));
            breaches.addAll(judge(caller, operation, path, response, true, victimIds));
        }
        report(
                "random probes over " + targeted.size() + " victim routes by " + callers.size() + " callers",
                targeted.isEmpty() ? 0 : probes,
                breaches);
        return breaches;
    }

    /** One line per check for the figures in docs/security.md: what was called, how often, how many breaches. */
    private void report(String check, int calls, List<Breach> breaches) {
        System.out.printf(
                "SECURITY authorization-matrix operations=%d apiRoutes=%d check=%s calls=%d breaches=%d%n",
                operations.size(), apiOperations().size(), check, calls, breaches.size());
    }

    private List<ApiOperation> apiOperations() {
        return operations.stream()
                .filter(operation -> operation.pathTemplate().startsWith("/api/"))
                .toList();
    }

    private static List<Breach> judge(
            String caller,
            ApiOperation operation,
            String path,
            HttpResponse<String> response,
            boolean namesVictim,
            Map<String, String> victimIds) {
        List<Breach> breaches = new ArrayList<>();
        int status = response.statusCode();
        if (namesVictim && status >= 200 && status < 300) {
            breaches.add(new Breach(caller, operation.method(), path, status, "reached a victim's object"));
        }
        String body = response.body() == null ? "" : response.body();
        victimIds.values().stream()
                .filter(id -> id.length() >= 8 && body.contains(id) && status >= 200 && status < 300)
                .filter(id -> !path.contains(id))
                .forEach(id -> breaches.add(
                        new Breach(caller, operation.method(), path, status, "answer contains victim id " + id)));
        return breaches;
    }

    private HttpResponse<String> call(String method, String path, String token) {
        HttpRequest.Builder request = api.request(path, token).timeout(Duration.ofSeconds(5));
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return api.send(request.build());
    }
}
