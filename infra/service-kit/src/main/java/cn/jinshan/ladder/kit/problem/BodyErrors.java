package cn.jinshan.ladder.kit.problem;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;

/** Explains an unreadable JSON body by naming the field without echoing internals. */
final class BodyErrors {

    private BodyErrors() {}

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            databind.getPath().forEach(reference -> {
                if (reference.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            });
            return "Field '" + field + "' has a value of the wrong type or format";
        }
        return "The body is missing or is not valid JSON";
    }
}
