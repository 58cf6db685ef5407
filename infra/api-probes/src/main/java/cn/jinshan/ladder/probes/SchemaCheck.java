package cn.jinshan.ladder.probes;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Checks a JSON answer against the response schema: required properties present, every value of its type. */
final class SchemaCheck {

    private static final int MAX_DEPTH = 12;
    private static final int MAX_ITEMS = 50;

    private final OpenApi openApi;

    SchemaCheck(OpenApi openApi) {
        this.openApi = openApi;
    }

    void check(JsonNode value, JsonNode rawSchema, String path, List<String> violations) {
        check(value, rawSchema, path, violations, true, 0);
    }

    /** A null passes for an optional property (Jackson writes absent values as null); a required one must be set. */
    private void check(
            JsonNode value, JsonNode rawSchema, String path, List<String> violations, boolean required, int depth) {
        JsonNode schema = openApi.resolve(rawSchema);
        if (schema == null || depth > MAX_DEPTH || schema.has("oneOf") || schema.has("anyOf")) {
            return;
        }
        if (value.isNull()) {
            if (required && !Schemas.nullable(schema) && Schemas.type(schema) != null) {
                violations.add(path + " is null but typed " + Schemas.type(schema));
            }
            return;
        }
        String type = Schemas.type(schema);
        if (type != null && !hasType(value, type)) {
            violations.add(path + " should be " + type + " but is "
                    + value.getNodeType().name().toLowerCase());
            return;
        }
        if (schema.has("enum") && value.isString() && !contains(schema.get("enum"), value)) {
            violations.add(
                    path + " is '" + RequestPlan.shorten(value.asString(), 40) + "', not one of " + schema.get("enum"));
        }
        if (value.isObject()) {
            for (JsonNode name : schema.path("required")) {
                if (!value.has(name.asString())) {
                    violations.add(path + "." + name.asString() + " is required but missing");
                }
            }
            for (var property : schema.path("properties").properties()) {
                if (value.has(property.getKey())) {
                    check(
                            value.get(property.getKey()),
                            property.getValue(),
                            path + "." + property.getKey(),
                            violations,
                            Schemas.isRequired(schema, property.getKey()),
                            depth + 1);
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < Math.min(value.size(), MAX_ITEMS); i++) {
                check(value.get(i), schema.get("items"), path + "[" + i + "]", violations, true, depth + 1);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" ->
                value.isIntegralNumber()
                        || (value.isNumber()
                                && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
