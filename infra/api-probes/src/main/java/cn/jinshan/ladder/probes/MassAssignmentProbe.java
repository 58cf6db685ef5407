package cn.jinshan.ladder.probes;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Injects server-owned fields into every JSON write (POST, PUT, PATCH) of a service's OpenAPI document and expects a
 * 400 {@code validation} problem naming the field with rule {@code unknown}, and an unchanged read-back.
 */
public final class MassAssignmentProbe {

    /** Fields a client never sets; injected unless the operation's request schema declares them. */
    public static final List<String> DEFAULT_SERVER_OWNED = List.of(
            "id",
            "_id",
            "status",
            "state",
            "version",
            "createdAt",
            "updatedAt",
            "createdBy",
            "submittedAt",
            "decidedAt",
            "score",
            "outbox",
            "history",
            "owner");

    /** MongoDB update operators as top-level keys. */
    public static final List<String> OPERATOR_KEYS = List.of("$set", "$unset", "$inc", "$push", "$rename", "$where");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    private final String service;
    private final ApiClient api;
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Set<String> fields = new LinkedHashSet<>(DEFAULT_SERVER_OWNED);
    private final Map<String, Supplier<String>> readBacks = new LinkedHashMap<>();
    private final List<String> skips = new ArrayList<>();
    private Supplier<String> defaultReadBack;
    private String token;
    private String pathPrefix = "/";
    private long seed = 20261129L;

    private MassAssignmentProbe(String service, ApiClient api) {
        this.service = service;
        this.api = api;
        fields.addAll(OPERATOR_KEYS);
    }

    /** A probe for the service behind {@code api}; its document is read from {@code /v3/api-docs} when run. */
    public static MassAssignmentProbe forService(String service, ApiClient api) {
        return new MassAssignmentProbe(service, api);
    }

    public MassAssignmentProbe token(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    /** Calls as the user, with a token from the test issuer. */
    public MassAssignmentProbe as(TestJwtIssuer issuer, TestUser user) {
        return token(issuer.token(user));
    }

    /** A valid JSON body for {@code "POST /api/x/{id}"}; without one, a schema-valid body is generated. */
    public MassAssignmentProbe body(String operation, String json) {
        bodies.put(operation, json);
        return this;
    }

    /** The value of a path variable, e.g. the id of an object the caller owns. */
    public MassAssignmentProbe pathValue(String variable, String value) {
        pathValues.put(variable, value);
        return this;
    }

    /** Server-owned fields of this service on top of {@link #DEFAULT_SERVER_OWNED} and {@link #OPERATOR_KEYS}. */
    public MassAssignmentProbe serverOwned(String... extra) {
        fields.addAll(List.of(extra));
        return this;
    }

    /** Read before and after every injection (e.g. GET the object); the two must be identical. */
    public MassAssignmentProbe readBack(Supplier<String> snapshot) {
        this.defaultReadBack = snapshot;
        return this;
    }

    /** A read-back for one operation, instead of the default one. */
    public MassAssignmentProbe readBack(String operation, Supplier<String> snapshot) {
        readBacks.put(operation, snapshot);
        return this;
    }

    /** Leaves out an operation ({@code "POST /api/x"}). */
    public MassAssignmentProbe skip(String operation) {
        skips.add(operation);
        return this;
    }

    /** Probes only paths starting with the prefix (default {@code /}). */
    public MassAssignmentProbe onlyPaths(String prefix) {
        this.pathPrefix = prefix;
        return this;
    }

    /** Seed for generated bodies and path values. */
    public MassAssignmentProbe seed(long value) {
        this.seed = value;
        return this;
    }

    /** Sends every injection, prints the figures line and returns the report (assert with {@code assertClean()}). */
    public MassAssignmentReport run() {
        OpenApi openApi = OpenApi.fetch(api);
        ValidValues values = new ValidValues(openApi, new SplittableRandom(seed));
        Tally tally = new Tally();
        for (Operation operation : openApi.operations()) {
            if (WRITES.contains(operation.method())
                    && operation.hasJsonBody()
                    && operation.path().startsWith(pathPrefix)
                    && !skips.contains(operation.key())) {
                probe(operation, openApi, values, tally);
            }
        }
        MassAssignmentReport report = tally.report();
        report.declaredSkipped()
                .forEach(line -> System.out.println(
                        "mass-assignment declared (client-owned, not injected) service=" + service + " " + line));
        report.generatedBodies()
                .forEach(line -> System.out.println("mass-assignment generated body service=" + service + " " + line));
        System.out.println(report.line());
        return report;
    }

    private void probe(Operation operation, OpenApi openApi, ValidValues values, Tally tally) {
        JsonNode schema = openApi.resolve(operation.bodySchema());
        JsonNode base = bodies.containsKey(operation.key())
                ? JSON.readTree(bodies.get(operation.key()))
                : values.value(operation.bodySchema());
        if (!bodies.containsKey(operation.key())) {
            tally.generated.add(operation.key() + " " + JSON.writeValueAsString(base));
        }
        if (!base.isObject()) {
            tally.failures.add(operation.key() + ": the body is not a JSON object; give one with body(...)");
            return;
        }
        tally.operations++;
        String path = expand(operation, values);
        Supplier<String> readBack = readBacks.getOrDefault(operation.key(), defaultReadBack);
        for (String field : fields) {
            if (schema != null && schema.path("properties").has(field)) {
                tally.declared.add(operation.key() + " field=" + field);
                continue;
            }
            ObjectNode body = ((ObjectNode) base).deepCopy();
            body.set(field, injectedValue(field));
            String before = readBack == null ? null : readBack.get();
            HttpResponse<String> response = send(operation.method(), path, JSON.writeValueAsString(body));
            tally.injections++;
            judge(operation.key(), field, response, tally);
            if (readBack != null) {
                String after = readBack.get();
                if (!before.equals(after)) {
                    tally.failures.add(
                            "changed: " + operation.key() + " with '" + field + "' injected changed the read-back: "
                                    + RequestPlan.shorten(before, 200) + " → " + RequestPlan.shorten(after, 200));
                }
            }
        }
    }

    private void judge(String operation, String field, HttpResponse<String> response, Tally tally) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            tally.accepted++;
            tally.failures.add("accepted: " + operation + " with '" + field + "' injected answered " + status);
            return;
        }
        if (namesUnknownField(response, field)) {
            tally.rejected++;
            return;
        }
        tally.failures.add("not rejected as unknown: " + operation + " with '" + field + "' injected answered " + status
                + " " + RequestPlan.shorten(response.body() == null ? "" : response.body(), 200));
    }

    private static boolean namesUnknownField(HttpResponse<String> response, String field) {
        if (response.statusCode() != 400
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (JacksonException e) {
            return false;
        }
        if (!problem.path("type").asString("").endsWith("/validation")) {
            return false;
        }
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asString("");
            if ((named.equals(field) || named.endsWith("." + field))
                    && error.path("rule").asString("").equals("unknown")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode injectedValue(String field) {
        if (field.startsWith("$")) {
            return NODES.objectNode().put("status", "APPROVED");
        }
        return switch (field) {
            case "id", "_id" -> NODES.stringNode("000000000000000000000bad");
            case "status", "state" -> NODES.stringNode("APPROVED");
            case "version" -> NODES.numberNode(999);
            case "score" -> NODES.numberNode(100_000);
            case "outbox", "history" -> NODES.arrayNode().add(NODES.objectNode().put("type", "injected"));
            case "createdBy", "owner" -> NODES.stringNode("attacker");
            default -> field.endsWith("At") ? NODES.stringNode("2000-01-01T00:00:00Z") : NODES.stringNode("injected");
        };
    }

    private String expand(Operation operation, ValidValues values) {
        Matcher matcher = VARIABLE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = pathValues.get(name);
            if (value == null) {
                JsonNode schema = operation.in("path").stream()
                        .filter(p -> p.name().equals(name))
                        .map(Parameter::schema)
                        .findFirst()
                        .orElse(null);
                JsonNode generated = values.value(schema);
                value = generated.isValueNode() ? generated.asString() : generated.toString();
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(RequestPlanner.encode(value)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return api.send(api.request(path, token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Counts and lines of one run. */
    private final class Tally {
        private int operations;
        private int injections;
        private int rejected;
        private int accepted;
        private final List<String> declared = new ArrayList<>();
        private final List<String> generated = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();

        MassAssignmentReport report() {
            return new MassAssignmentReport(
                    service, operations, injections, rejected, accepted, declared, generated, failures);
        }
    }
}
