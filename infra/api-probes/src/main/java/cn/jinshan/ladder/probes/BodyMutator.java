package cn.jinshan.ladder.probes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns a schema-valid JSON body into a hostile one, one mutation per request. */
final class BodyMutator {

    /** The text to send and what was done to it. */
    record Mutated(String body, String description) {}

    private record Slot(JsonNode parent, String field, int index, JsonNode schema, String path) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEEP = "__ladder_probes_deep_nesting__";
    private static final List<String> SHAPES = List.of(
            "[]",
            "[{}]",
            "\"x\"",
            "42",
            "true",
            "null",
            "",
            "{",
            "{\"a\":",
            "}{",
            "{}",
            "\ufeff{}",
            "{\"$where\":\"sleep(1000)\"}",
            "{\"$set\":{\"status\":\"APPROVED\"}}",
            "{\"__proto__\":{\"admin\":true}}");
    private static final List<String> EXTRA_NAMES =
            List.of("zzUnknown", "__proto__", "constructor", "$where", "$set", "_class", "id", "a.b", "");
    private static final String[] KINDS = {
        "wrong-type",
        "missing-required",
        "null",
        "extreme-number",
        "long-string",
        "control-characters",
        "array-for-scalar",
        "scalar-for-container",
        "deep-nesting",
        "extra-property",
        "nosql-operator",
        "nosql-string",
        "body-shape"
    };

    private final SplittableRandom random;
    private final OpenApi openApi;
    private JsonNode root;

    BodyMutator(OpenApi openApi, SplittableRandom random) {
        this.openApi = openApi;
        this.random = random;
    }

    Mutated mutate(JsonNode valid, JsonNode schema) {
        root = valid;
        List<Slot> slots = new ArrayList<>();
        collect(valid, schema, null, null, -1, "$", slots);
        String kind = KINDS[random.nextInt(KINDS.length)];
        if (kind.equals("body-shape")) {
            String shape = SHAPES.get(random.nextInt(SHAPES.size()));
            return new Mutated(shape, "body-shape " + shape);
        }
        String where = apply(kind, slots);
        String body = JSON.writeValueAsString(root);
        if (body.contains(DEEP)) {
            body = body.replace("\"" + DEEP + "\"", nested());
        }
        return new Mutated(body, kind + " at " + where);
    }

    private String apply(String kind, List<Slot> slots) {
        return switch (kind) {
            case "wrong-type" -> replace(pick(slots, "any"), this::wrongType);
            case "missing-required" -> removeRequired(slots);
            case "null" -> replace(pick(slots, "any"), slot -> NODES.nullNode());
            case "extreme-number" ->
                replace(pick(slots, "number"), slot -> Attacks.extremeNumber(random.nextInt(Attacks.EXTREME_NUMBERS)));
            case "long-string" -> replace(pick(slots, "string"), slot -> NODES.stringNode(longString()));
            case "control-characters" ->
                replace(
                        pick(slots, "string"),
                        slot -> NODES.stringNode(
                                Attacks.NASTY_STRINGS.get(random.nextInt(Attacks.NASTY_STRINGS.size()))));
            case "array-for-scalar" ->
                replace(
                        pick(slots, "scalar"),
                        slot -> NODES.arrayNode().add(current(slot)).add(current(slot)));
            case "scalar-for-container" ->
                replace(
                        pick(slots, "container"),
                        slot -> random.nextBoolean() ? NODES.stringNode("x") : NODES.numberNode(1));
            case "deep-nesting" -> replace(pick(slots, "any"), slot -> NODES.stringNode(DEEP));
            case "extra-property" -> extraProperty(slots);
            case "nosql-operator" ->
                replace(pick(slots, "string"), slot -> Attacks.nosqlOperator(random.nextInt(Attacks.NOSQL_OPERATORS)));
            default ->
                replace(
                        pick(slots, "string"),
                        slot -> NODES.stringNode(
                                Attacks.NOSQL_STRINGS.get(random.nextInt(Attacks.NOSQL_STRINGS.size()))));
        };
    }

    private void collect(
            JsonNode node,
            JsonNode rawSchema,
            JsonNode parent,
            String field,
            int index,
            String path,
            List<Slot> slots) {
        JsonNode schema = openApi.resolve(rawSchema);
        slots.add(new Slot(parent, field, index, schema, path));
        if (node.isObject() && schema != null) {
            for (var property : node.properties()) {
                JsonNode propertySchema = schema.path("properties").get(property.getKey());
                if (propertySchema == null
                        && schema.path("additionalProperties").isObject()) {
                    propertySchema = schema.get("additionalProperties");
                }
                collect(
                        property.getValue(),
                        propertySchema,
                        node,
                        property.getKey(),
                        -1,
                        path + "." + property.getKey(),
                        slots);
            }
        } else if (node.isArray() && schema != null) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), schema.get("items"), node, null, i, path + "[" + i + "]", slots);
            }
        }
    }

    /** A slot of the wanted kind, falling back to any slot, the root last of all. */
    private Slot pick(List<Slot> slots, String wanted) {
        List<Slot> fitting = slots.stream().filter(slot -> fits(slot, wanted)).toList();
        List<Slot> inner = slots.size() > 1 ? slots.subList(1, slots.size()) : slots;
        List<Slot> choices = fitting.isEmpty() ? inner : fitting;
        return choices.get(random.nextInt(choices.size()));
    }

    private boolean fits(Slot slot, String wanted) {
        JsonNode value = current(slot);
        return switch (wanted) {
            case "string" -> value.isString();
            case "number" -> value.isNumber();
            case "scalar" -> value.isValueNode();
            case "container" -> value.isContainer();
            default -> slot.parent() != null;
        };
    }

    private JsonNode current(Slot slot) {
        if (slot.parent() == null) {
            return root;
        }
        return slot.field() != null
                ? slot.parent().get(slot.field())
                : slot.parent().get(slot.index());
    }

    private String replace(Slot slot, Function<Slot, JsonNode> replacement) {
        JsonNode value = replacement.apply(slot);
        if (slot.parent() == null) {
            root = value;
        } else if (slot.field() != null) {
            ((ObjectNode) slot.parent()).set(slot.field(), value);
        } else {
            ((ArrayNode) slot.parent()).set(slot.index(), value);
        }
        return slot.path();
    }

    private JsonNode wrongType(Slot slot) {
        JsonNode value = current(slot);
        List<JsonNode> others = new ArrayList<>();
        if (!value.isString()) {
            others.add(NODES.stringNode("not-a-" + (value.isNumber() ? "number" : "value")));
        }
        if (!value.isNumber()) {
            others.add(NODES.numberNode(random.nextInt(1000) - 500));
        }
        if (!value.isBoolean()) {
            others.add(NODES.booleanNode(true));
        }
        if (!value.isObject()) {
            others.add(NODES.objectNode().put("a", 1));
        }
        if (!value.isArray()) {
            others.add(NODES.arrayNode().add(1).add("b"));
        }
        return others.get(random.nextInt(others.size()));
    }

    private String removeRequired(List<Slot> slots) {
        List<String[]> candidates = new ArrayList<>();
        List<ObjectNode> owners = new ArrayList<>();
        for (Slot slot : slots) {
            JsonNode value = current(slot);
            if (value.isObject() && slot.schema() != null) {
                for (JsonNode name : slot.schema().path("required")) {
                    if (value.has(name.asString())) {
                        candidates.add(new String[] {slot.path(), name.asString()});
                        owners.add((ObjectNode) value);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return replace(pick(slots, "any"), slot -> NODES.nullNode()) + " (no required property; null instead)";
        }
        int chosen = random.nextInt(candidates.size());
        owners.get(chosen).remove(candidates.get(chosen)[1]);
        return candidates.get(chosen)[0] + "." + candidates.get(chosen)[1];
    }

    private String extraProperty(List<Slot> slots) {
        List<Slot> objects =
                slots.stream().filter(slot -> current(slot).isObject()).toList();
        String name = EXTRA_NAMES.get(random.nextInt(EXTRA_NAMES.size()));
        JsonNode value = random.nextBoolean() ? NODES.stringNode("injected") : Attacks.nosqlOperator(random.nextInt(8));
        if (objects.isEmpty()) {
            ObjectNode wrapper = NODES.objectNode();
            wrapper.set("value", root);
            wrapper.set(name, value);
            root = wrapper;
            return "$ (wrapped)." + name;
        }
        Slot target = objects.get(random.nextInt(objects.size()));
        ((ObjectNode) current(target)).set(name, value);
        return target.path() + "." + name;
    }

    private String longString() {
        int length = 100_000 + random.nextInt(1_000);
        char c = (char) ('a' + random.nextInt(26));
        return String.valueOf(c).repeat(length);
    }

    private String nested() {
        int[] depths = {64, 600, 2_000};
        int depth = depths[random.nextInt(depths.length)];
        boolean arrays = random.nextBoolean();
        return (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
    }
}
