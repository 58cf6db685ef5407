package cn.jinshan.ladder.certification.application.adapter.in.web;

import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import java.util.Arrays;

/**
 * The {@code status} query parameter of the application lists, read here rather than by Spring's converter so that a
 * wrong, repeated or operator-shaped value is a 400 naming the field and the rule, never echoing the value.
 */
final class StatusParameter {

    private StatusParameter() {}

    static ApplicationStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "status", "enum", "must be one of " + Arrays.toString(ApplicationStatus.values()));
        }
    }
}
