package cn.jinshan.ladder.probes;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Generates a value a schema accepts: types, formats, enums, required properties, bounds and simple patterns. */
final class ValidValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_DEPTH = 6;

    private final OpenApi openApi;
    private final SplittableRandom random;

    ValidValues(OpenApi openApi, SplittableRandom random) {
        this.openApi = openApi;
        this.random = random;
    }

    JsonNode value(JsonNode rawSchema) {
        return value(rawSchema, 0);
    }

    private JsonNode value(JsonNode rawSchema, int depth) {
        JsonNode schema = openApi.resolve(rawSchema);
        if (schema == null) {
            return NODES.stringNode(word(8));
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        if (schema.has("const")) {
            return schema.get("const").deepCopy();
        }
        for (String choice : new String[] {"oneOf", "anyOf"}) {
            if (schema.has(choice) && !schema.get(choice).isEmpty()) {
                JsonNode options = schema.get(choice);
                return value(options.get(random.nextInt(options.size())), depth);
            }
        }
        String type = Schemas.type(schema);
        if (type == null) {
            return NODES.stringNode(word(8));
        }
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(number(schema));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(string(schema));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        for (var property : schema.path("properties").properties()) {
            JsonNode propertySchema = openApi.resolve(property.getValue());
            boolean readOnly =
                    propertySchema != null && propertySchema.path("readOnly").asBoolean(false);
            if (Schemas.isRequired(schema, property.getKey())
                    || (!readOnly && depth < MAX_DEPTH && random.nextInt(4) != 0)) {
                object.set(property.getKey(), value(property.getValue(), depth + 1));
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject() && object.isEmpty() && depth < MAX_DEPTH) {
            object.set(word(6), value(additional, depth + 1));
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = schema.path("maxItems").asInt(min + 3);
        int size = depth >= MAX_DEPTH ? min : min + random.nextInt(Math.max(1, Math.min(max, min + 3) - min + 1));
        for (int i = 0; i < size; i++) {
            array.add(value(schema.get("items"), depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = bound(schema, "minimum", "exclusiveMinimum", 0, 1);
        long max = bound(schema, "maximum", "exclusiveMaximum", Math.max(min, 0) + 100, -1);
        if (max < min) {
            return min;
        }
        return min + random.nextLong(max - min + 1);
    }

    private static long bound(JsonNode schema, String inclusive, String exclusive, long fallback, int step) {
        if (schema.has(inclusive)) {
            long value = schema.get(inclusive).asLong();
            return schema.path(exclusive).asBoolean(false) ? value + step : value;
        }
        if (schema.path(exclusive).isNumber()) {
            return schema.get(exclusive).asLong() + step;
        }
        return fallback;
    }

    private BigDecimal number(JsonNode schema) {
        double min = schema.has("minimum") ? schema.get("minimum").asDouble() : 0;
        double max = schema.has("maximum") ? schema.get("maximum").asDouble() : min + 100;
        double value = max <= min ? min : min + random.nextDouble() * (max - min);
        return BigDecimal.valueOf(Math.round(value * 100) / 100.0).max(BigDecimal.valueOf(min));
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asString("");
        switch (format) {
            case "date" -> {
                return "2026-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            case "date-time" -> {
                return "2026-%02d-%02dT%02d:00:00Z"
                        .formatted(1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24));
            }
            case "uuid" -> {
                return new UUID(random.nextLong(), random.nextLong()).toString();
            }
            case "email" -> {
                return word(6) + "@example.cn";
            }
            case "uri", "url" -> {
                return "https://example.cn/" + word(6);
            }
            default -> {}
        }
        if (schema.has("pattern")) {
            String sample = Patterns.sample(schema.get("pattern").asString(), random);
            if (sample != null) {
                return sample;
            }
        }
        int min = schema.path("minLength").asInt(1);
        int max = schema.path("maxLength").asInt(Math.max(min, 12));
        int length = Math.max(min, Math.min(max, 1 + random.nextInt(12)));
        return word(length);
    }

    String word(int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return word.toString();
    }
}
