package cn.jinshan.ladder.kit.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One route of a service's OpenAPI document: method and path template with its variables. */
public record ApiOperation(String method, String pathTemplate, boolean streaming) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** The names of the template's path variables, in order. */
    public List<String> variables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pathTemplate);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The path with each variable replaced by its value, or by the fallback when the map has none. */
    public String expand(Map<String, String> values, String fallback) {
        Matcher matcher = VARIABLE.matcher(pathTemplate);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), fallback)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate;
    }
}
