package cn.jinshan.ladder.probes;

import tools.jackson.databind.JsonNode;

/** Reading OpenAPI 3.0 and 3.1 schema keywords the same way. */
final class Schemas {

    private Schemas() {}

    /** The schema's type ({@code object}, {@code string} …), inferred when absent; null when anything goes. */
    static String type(JsonNode schema) {
        if (schema == null) {
            return null;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isString()) {
            return type.asString();
        }
        if (type != null && type.isArray()) {
            for (JsonNode candidate : type) {
                if (!candidate.asString().equals("null")) {
                    return candidate.asString();
                }
            }
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return null;
    }

    static boolean nullable(JsonNode schema) {
        if (schema == null || schema.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode candidate : type) {
                if (candidate.asString().equals("null")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isRequired(JsonNode objectSchema, String property) {
        for (JsonNode name : objectSchema.path("required")) {
            if (name.asString().equals(property)) {
                return true;
            }
        }
        return false;
    }
}
