package cn.jinshan.ladder.kit.problem;

import cn.jinshan.ladder.kit.error.RuleViolation;
import java.util.Optional;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Explains an unreadable JSON body by naming the field and the rule, without echoing internals. */
final class BodyErrors {

    private static final int MAX_FIELD_LENGTH = 120;

    private BodyErrors() {}

    /** The field and rule a body broke, when Jackson could tell where: unknown property, wrong type, null. */
    static Optional<RuleViolation> violation(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof DatabindException databind)
                || databind.getPath().isEmpty()) {
            return Optional.empty();
        }
        String field = field(databind);
        if (databind instanceof UnrecognizedPropertyException) {
            return Optional.of(new RuleViolation(field, "unknown", "is not a property of this request"));
        }
        if (databind instanceof InvalidNullException || wasNull(databind)) {
            return Optional.of(new RuleViolation(field, "notNull", "must not be null"));
        }
        if (databind instanceof ValueInstantiationException) {
            return Optional.of(new RuleViolation(field, "invalid", "has a value that is not acceptable"));
        }
        return Optional.of(new RuleViolation(field, "type", "has a value of the wrong type or format"));
    }

    private static boolean wasNull(DatabindException databind) {
        String message = databind.getOriginalMessage();
        return (databind.processor() instanceof JsonParser parser && parser.currentToken() == JsonToken.VALUE_NULL)
                || (message != null && message.startsWith("Cannot map `null`"));
    }

    static String describe(HttpMessageNotReadableException e) {
        return "The body is missing or is not valid JSON";
    }

    private static String field(DatabindException databind) {
        StringBuilder field = new StringBuilder();
        databind.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        });
        String name = field.isEmpty() ? "body" : field.toString().replaceAll("\\p{Cntrl}", "?");
        return name.length() > MAX_FIELD_LENGTH ? name.substring(0, MAX_FIELD_LENGTH) : name;
    }
}
