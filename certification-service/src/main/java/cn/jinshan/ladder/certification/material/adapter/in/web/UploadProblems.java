package cn.jinshan.ladder.certification.material.adapter.in.web;

import cn.jinshan.ladder.kit.error.RuleViolation;
import cn.jinshan.ladder.kit.problem.ProblemTypes;
import cn.jinshan.ladder.kit.problem.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** An unreadable or oversized multipart upload is the caller's mistake (400), not a server failure. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return Problems.validation(List.of(new RuleViolation("file", "maxSize", "the upload is too large")));
    }

    /**
     * A multipart body the parser refuses (e.g. a part header or a file name carrying a NUL) is a bad request that
     * still names the field and the rule.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException e) {
        String message = "the request is not a well-formed multipart/form-data upload";
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_REQUEST, "The upload is not readable", message);
        problem.setProperty("errors", List.of(Map.of("field", "file", "rule", "multipart", "message", message)));
        return problem;
    }
}
