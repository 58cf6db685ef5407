package cn.jinshan.ladder.kit.security;

import cn.jinshan.ladder.kit.problem.ProblemTypes;
import cn.jinshan.ladder.kit.problem.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** Answers 401 and 403 from the security filter chain as problem documents. */
final class ProblemAuthenticationHandlers {

    private final JsonMapper jsonMapper;

    ProblemAuthenticationHandlers(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> write(
                response,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        ProblemTypes.UNAUTHORIZED,
                        "Unauthorized",
                        "A valid bearer token from the ladder realm is required"),
                "Bearer");
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(
                response,
                Problems.of(
                        HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", "You may not perform this action"),
                null);
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
