package cn.jinshan.ladder.kit.problem;

import cn.jinshan.ladder.kit.error.RuleViolation;
import cn.jinshan.ladder.kit.web.RequestIdFilter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents every Ladder service answers with. */
public final class Problems {

    private Problems() {}

    /** A problem of the given kind, carrying the request id when there is one. */
    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    /** A 400 validation problem listing every violated rule by field. */
    public static ProblemDetail validation(List<RuleViolation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "The request is not valid", detail);
        problem.setProperty(
                "errors",
                violations.stream()
                        .map(v -> Map.of("field", v.field(), "rule", v.rule(), "message", v.message()))
                        .toList());
        return problem;
    }
}
