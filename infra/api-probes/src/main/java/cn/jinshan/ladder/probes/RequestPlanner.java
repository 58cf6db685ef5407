package cn.jinshan.ladder.probes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the request for one index: a valid request with one part (body, a query or a path parameter) made hostile. */
final class RequestPlanner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final OpenApi openApi;
    private final Map<String, String> pathValues;
    private final boolean ownedWritesOnly;

    RequestPlanner(OpenApi openApi, Map<String, String> pathValues, boolean ownedWritesOnly) {
        this.openApi = openApi;
        this.pathValues = Map.copyOf(pathValues);
        this.ownedWritesOnly = ownedWritesOnly;
    }

    RequestPlan plan(Operation operation, SplittableRandom random) {
        ValidValues values = new ValidValues(openApi, random);
        List<String> targets = new ArrayList<>();
        if (operation.hasJsonBody()) {
            targets.add("body");
        }
        if (!operation.in("query").isEmpty()) {
            targets.add("query");
        }
        if (!operation.in("path").isEmpty() && !(ownedWritesOnly && operation.isWrite())) {
            targets.add("path");
        }
        String target =
                random.nextInt(10) == 0 || targets.isEmpty() ? "none" : targets.get(random.nextInt(targets.size()));
        String[] mutation = {"valid"};
        String path = path(operation, values, random, target.equals("path"), mutation);
        String query = query(operation, values, random, target.equals("query"), mutation);
        String body = null;
        if (operation.hasJsonBody()) {
            JsonNode valid = values.value(operation.bodySchema());
            if (target.equals("body")) {
                BodyMutator.Mutated mutated = new BodyMutator(openApi, random).mutate(valid, operation.bodySchema());
                body = mutated.body();
                mutation[0] = "body " + mutated.description();
            } else {
                body = JSON.writeValueAsString(valid);
            }
        }
        return new RequestPlan(operation.key(), operation.method(), path + query, body, mutation[0]);
    }

    private String path(
            Operation operation, ValidValues values, SplittableRandom random, boolean hostile, String[] mutation) {
        List<Parameter> parameters = operation.in("path");
        String victim =
                hostile ? parameters.get(random.nextInt(parameters.size())).name() : null;
        Matcher matcher = VARIABLE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (name.equals(victim)) {
                value = random.nextInt(6) == 0
                        ? "a".repeat(2_000 + random.nextInt(4_000))
                        : Attacks.PATH_VALUES.get(random.nextInt(Attacks.PATH_VALUES.size()));
                mutation[0] = "path " + name + "=" + RequestPlan.shorten(value, 40);
            } else if (pathValues.containsKey(name)) {
                value = encode(pathValues.get(name));
            } else {
                value = encode(text(values.value(schemaOf(parameters, name))));
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private String query(
            Operation operation, ValidValues values, SplittableRandom random, boolean hostile, String[] mutation) {
        List<Parameter> parameters = operation.in("query");
        Parameter victim = hostile ? parameters.get(random.nextInt(parameters.size())) : null;
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (parameter == victim) {
                mutation[0] = "query " + hostileQuery(parameter, values, random, pairs);
            } else if (parameter.required() || random.nextInt(3) != 0) {
                addValid(parameter, values, pairs);
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private void addValid(Parameter parameter, ValidValues values, List<String> pairs) {
        JsonNode value = values.value(parameter.schema());
        if (value.isArray()) {
            value.forEach(item -> pairs.add(encode(parameter.name()) + "=" + encode(text(item))));
        } else if (value.isObject()) {
            value.properties().forEach(p -> pairs.add(encode(p.getKey()) + "=" + encode(text(p.getValue()))));
        } else {
            pairs.add(encode(parameter.name()) + "=" + encode(text(value)));
        }
    }

    private static String hostileQuery(
            Parameter parameter, ValidValues values, SplittableRandom random, List<String> pairs) {
        String name = encode(parameter.name());
        int kind = random.nextInt(9);
        String pair;
        switch (kind) {
            case 0 -> pair = name + encode("[$ne]") + "=" + encode(random.nextBoolean() ? "" : "x");
            case 1 -> pair = name + encode(random.nextBoolean() ? "[$regex]" : "[$gt]") + "=" + encode(".*");
            case 2 ->
                pair = name + "=" + encode(Attacks.NOSQL_STRINGS.get(random.nextInt(Attacks.NOSQL_STRINGS.size())));
            case 3 -> pair = name + "=" + encode(Attacks.NUMBER_TEXTS.get(random.nextInt(Attacks.NUMBER_TEXTS.size())));
            case 4 -> pair = name + "=" + encode(values.word(2_000 + random.nextInt(4_000)));
            case 5 ->
                pair = name + "=" + encode(Attacks.NASTY_STRINGS.get(random.nextInt(Attacks.NASTY_STRINGS.size())));
            case 6 -> pair = name + "=1&" + name + "=" + encode("{\"$ne\":null}");
            case 7 -> pair = encode("__proto__[admin]") + "=true&" + name + "=" + encode("$where");
            default -> pair = null;
        }
        if (pair == null) {
            return parameter.name() + " omitted" + (parameter.required() ? " (required)" : "");
        }
        pairs.add(pair);
        return RequestPlan.shorten(pair, 60);
    }

    private static JsonNode schemaOf(List<Parameter> parameters, String name) {
        return parameters.stream()
                .filter(p -> p.name().equals(name))
                .map(Parameter::schema)
                .findFirst()
                .orElse(null);
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
