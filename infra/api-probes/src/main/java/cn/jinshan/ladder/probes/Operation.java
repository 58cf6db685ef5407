package cn.jinshan.ladder.probes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document: its parameters, its JSON request body schema (or null), its response
 * schemas by status code, and why it cannot be probed (or null).
 */
record Operation(
        String method,
        String path,
        List<Parameter> parameters,
        JsonNode bodySchema,
        Map<String, JsonNode> responses,
        String skipReason) {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    String key() {
        return method + " " + path;
    }

    boolean isWrite() {
        return WRITES.contains(method);
    }

    boolean hasJsonBody() {
        return bodySchema != null;
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    /** Whether the fuzzer has anything to vary: a JSON body, query or path parameters. */
    boolean fuzzable() {
        return hasJsonBody() || !parameters.isEmpty();
    }
}
