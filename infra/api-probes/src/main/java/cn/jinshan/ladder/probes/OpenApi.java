package cn.jinshan.ladder.probes;

import cn.jinshan.ladder.kit.test.ApiClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A service's OpenAPI 3 document, read from its {@code /v3/api-docs}, with {@code $ref}s resolved on demand. */
final class OpenApi {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode document;

    OpenApi(JsonNode document) {
        this.document = document;
    }

    static OpenApi fetch(ApiClient api) {
        HttpResponse<String> response = api.get("/v3/api-docs", null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /v3/api-docs answered " + response.statusCode());
        }
        return new OpenApi(ApiClient.json(response));
    }

    /** The schema with its {@code $ref} chain followed and an {@code allOf} merged into one object schema. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 32; hops++) {
            JsonNode target = document.at(current.get("$ref").asString().substring(1));
            current = target.isMissingNode() ? null : target;
        }
        if (current != null && current.has("allOf")) {
            return mergeAllOf(current);
        }
        return current;
    }

    private JsonNode mergeAllOf(JsonNode schema) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.put("type", "object");
        ObjectNode properties = merged.putObject("properties");
        Set<String> required = new LinkedHashSet<>();
        for (JsonNode part : schema.get("allOf")) {
            JsonNode resolved = resolve(part);
            if (resolved == null) {
                continue;
            }
            resolved.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
            resolved.path("required").forEach(name -> required.add(name.asString()));
        }
        schema.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
        schema.path("required").forEach(name -> required.add(name.asString()));
        required.forEach(merged.putArray("required")::add);
        return merged;
    }

    /** Every operation of the document, in document order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(
                            entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), entry.getValue(), shared));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode node, List<JsonNode> shared) {
        List<Parameter> parameters = new ArrayList<>();
        List<JsonNode> declared = new ArrayList<>(shared);
        node.path("parameters").forEach(declared::add);
        for (JsonNode raw : declared) {
            JsonNode parameter = resolveComponent(raw);
            String in = parameter.path("in").asString("");
            if (in.equals("path") || in.equals("query")) {
                parameters.add(new Parameter(
                        parameter.path("name").asString(),
                        in,
                        parameter.path("required").asBoolean(false),
                        parameter.get("schema")));
            }
        }
        JsonNode content = resolveComponent(node.path("requestBody")).path("content");
        JsonNode bodySchema = null;
        String skip = null;
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (media.getKey().contains("json")) {
                bodySchema = media.getValue().path("schema");
            }
        }
        if (bodySchema == null && !content.isEmpty()) {
            skip = "request body is " + String.join(", ", content.propertyNames());
        }
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> response : node.path("responses").properties()) {
            for (Map.Entry<String, JsonNode> media :
                    resolveComponent(response.getValue()).path("content").properties()) {
                if (media.getKey().contains("text/event-stream")) {
                    skip = "streams text/event-stream";
                } else if (media.getValue().has("schema") && !responses.containsKey(response.getKey())) {
                    responses.put(response.getKey(), media.getValue().get("schema"));
                }
            }
        }
        return new Operation(method, path, parameters, bodySchema, responses, skip);
    }

    private JsonNode resolveComponent(JsonNode node) {
        if (node.has("$ref")) {
            JsonNode target = document.at(node.get("$ref").asString().substring(1));
            return target.isMissingNode() ? node : target;
        }
        return node;
    }
}
