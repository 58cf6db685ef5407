package cn.jinshan.ladder.kit.security;

import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.problem.ProblemTypes;
import cn.jinshan.ladder.kit.problem.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** Answers 401 and 403 from the security filter chain as problem documents. */
final class ProblemAuthenticationHandlers {

    static final String UNAUTHORIZED_METRIC = "ladder.security.unauthorized";

    private final JsonMapper jsonMapper;
    private final ObjectProvider<AuditLog> auditLog;
    private final ObjectProvider<MeterRegistry> meters;

    ProblemAuthenticationHandlers(
            JsonMapper jsonMapper, ObjectProvider<AuditLog> auditLog, ObjectProvider<MeterRegistry> meters) {
        this.jsonMapper = jsonMapper;
        this.auditLog = auditLog;
        this.meters = meters;
    }

    /** 401: not audited (there is no actor), counted in {@value #UNAUTHORIZED_METRIC}. */
    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            meters.ifAvailable(registry -> registry.counter(UNAUTHORIZED_METRIC).increment());
            unauthorized(response);
        };
    }

    private void unauthorized(HttpServletResponse response) throws IOException {
        write(
                response,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        ProblemTypes.UNAUTHORIZED,
                        "Unauthorized",
                        "A valid bearer token from the ladder realm is required"),
                "Bearer");
    }

    /** 403 from a URL rule of the filter chain: one {@code DENIED} audit record, then the problem. */
    AccessDeniedHandler accessDenied() {
        return (request, response, e) -> {
            auditLog.ifAvailable(audit -> audit.recordDenied(request));
            write(
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            ProblemTypes.FORBIDDEN,
                            "Forbidden",
                            "You may not perform this action"),
                    null);
        };
    }

    private void write(HttpServletResponse response, ProblemDetail problem, String challenge) throws IOException {
        response.setStatus(problem.getStatus());
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(problem));
    }
}
