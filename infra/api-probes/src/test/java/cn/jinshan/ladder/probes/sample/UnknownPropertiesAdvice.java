package cn.jinshan.ladder.probes.sample;

import cn.jinshan.ladder.kit.error.RuleViolation;
import cn.jinshan.ladder.kit.problem.ProblemTypes;
import cn.jinshan.ladder.kit.problem.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Answers an unknown body property as a validation problem naming it with rule {@code unknown}, as the kit's strict
 * request bodies do; kept here so this module's tests hold whichever kit build is installed.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPropertiesAdvice {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return Problems.validation(List.of(
                    new RuleViolation(unknown.getPropertyName(), "unknown", "is not a property of this request")));
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.BAD_REQUEST,
                "Unreadable request body",
                "The body is missing or is not valid JSON");
    }
}
