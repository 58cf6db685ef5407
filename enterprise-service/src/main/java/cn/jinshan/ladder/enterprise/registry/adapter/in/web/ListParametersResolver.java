package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseQuery;
import cn.jinshan.ladder.enterprise.registry.domain.Rung;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link ListParameters} from the query string by name, so a malformed value is a 400 naming the parameter and
 * the rule, and a shaped name such as {@code park[$ne]} is an unknown parameter (ignored) instead of a data-binder
 * path that failed as a 500 or answered with Java type names.
 */
final class ListParametersResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ListParameters.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        List<RuleViolation> violations = new ArrayList<>();
        Query query = new Query(request, violations);
        ListParameters parameters = new ListParameters(
                query.parsed("rung", "enum", "Use one of " + Arrays.toString(Rung.values()), Rung::valueOf),
                query.text("programme"),
                query.text("town"),
                query.text("park"),
                query.text("cluster"),
                query.text("specialist"),
                query.parsed("aboveScale", "type", "Use true or false", ListParametersResolver::bool),
                query.text("q"),
                query.parsed("status", "enum", "Use ACTIVE or LEFT", EnterpriseQuery.Status::valueOf),
                query.parsed(
                        "sort",
                        "enum",
                        "Use one of " + Arrays.toString(EnterpriseQuery.SortField.values()),
                        EnterpriseQuery.SortField::valueOf),
                query.text("direction"),
                query.parsed("page", "type", "Use a whole number", Integer::valueOf),
                query.parsed("size", "type", "Use a whole number", Integer::valueOf));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return parameters;
    }

    private static Boolean bool(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException("not a boolean");
    }

    /** One request's query parameters; each read once, a repeated one is refused. */
    private record Query(NativeWebRequest request, List<RuleViolation> violations) {

        String text(String name) {
            String[] values = request.getParameterValues(name);
            if (values == null || values.length == 0) {
                return null;
            }
            if (values.length > 1) {
                violations.add(new RuleViolation(name, "single", "Give " + name + " at most once"));
                return null;
            }
            return values[0];
        }

        <T> T parsed(String name, String rule, String message, Function<String, T> parser) {
            String value = text(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parser.apply(value.trim());
            } catch (IllegalArgumentException e) {
                violations.add(new RuleViolation(name, rule, message));
                return null;
            }
        }
    }
}
