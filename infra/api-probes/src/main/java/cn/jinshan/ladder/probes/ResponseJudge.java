package cn.jinshan.ladder.probes;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Applies the fuzzer's rules to one answer: no 5xx, 4xx as problem documents, 2xx per schema, no leaks. */
final class ResponseJudge {

    /** A rule one answer broke. */
    record Verdict(String kind, String detail) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SchemaCheck schemas;

    ResponseJudge(OpenApi openApi) {
        this.schemas = new SchemaCheck(openApi);
    }

    List<Verdict> judge(Operation operation, RequestPlan plan, HttpResponse<String> response) {
        List<Verdict> verdicts = new ArrayList<>();
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            verdicts.add(new Verdict("5xx", "server error"));
        } else if (status >= 400) {
            String problem = problemViolation(status, contentType, body);
            if (problem != null) {
                verdicts.add(new Verdict("schema", problem));
            }
        } else if (status >= 200 && status < 300 && contentType.contains("json") && !body.isBlank()) {
            String violation = successViolation(operation, status, body);
            if (violation != null) {
                verdicts.add(new Verdict("schema", violation));
            }
        }
        String leak = Leaks.find(body, plan.pathAndQuery() + (plan.body() == null ? "" : plan.body()));
        if (leak != null) {
            verdicts.add(new Verdict("leak", leak));
        }
        return verdicts;
    }

    private static String problemViolation(int status, String contentType, String body) {
        if (!contentType.startsWith("application/problem+json")) {
            return "a " + status + " answer is '" + contentType + "', not application/problem+json: "
                    + RequestPlan.shorten(body, 80);
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (JacksonException e) {
            return "the problem body is not JSON";
        }
        if (!problem.path("type").isString() || problem.path("type").asString().isBlank()) {
            return "the problem has no type";
        }
        if (!problem.path("title").isString()
                || problem.path("title").asString().isBlank()) {
            return "the problem has no title";
        }
        if (problem.path("status").asInt(-1) != status) {
            return "the problem's status " + problem.path("status") + " differs from the HTTP status " + status;
        }
        return null;
    }

    private String successViolation(Operation operation, int status, String body) {
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (JacksonException e) {
            return "the " + status + " answer is not valid JSON";
        }
        JsonNode schema = responseSchema(operation.responses(), status);
        if (schema == null) {
            return null;
        }
        List<String> violations = new ArrayList<>();
        schemas.check(value, schema, "$", violations);
        return violations.isEmpty()
                ? null
                : "the " + status + " answer breaks its schema: "
                        + String.join("; ", violations.subList(0, Math.min(3, violations.size())));
    }

    private static JsonNode responseSchema(Map<String, JsonNode> responses, int status) {
        JsonNode exact = responses.get(Integer.toString(status));
        if (exact != null) {
            return exact;
        }
        JsonNode range = responses.get("2XX");
        return range != null ? range : responses.get("default");
    }
}
