package cn.jinshan.ladder.gateway.security;

import cn.jinshan.ladder.gateway.problem.Problem;
import cn.jinshan.ladder.gateway.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

/** Answers 401 and 403 from the security filter chain as problem documents. */
final class ProblemSecurityHandlers {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final ProblemWriter problems;

    ProblemSecurityHandlers(ProblemWriter problems) {
        this.problems = problems;
    }

    /** 401: no token, or a token that fails signature, issuer, audience or expiry checks. */
    ServerAuthenticationEntryPoint entryPoint() {
        return (exchange, failure) -> {
            boolean tokenRejected = failure instanceof OAuth2AuthenticationException;
            if (tokenRejected) {
                log.debug("Rejected bearer token: {}", failure.getMessage());
            }
            exchange.getResponse()
                    .getHeaders()
                    .set(HttpHeaders.WWW_AUTHENTICATE, tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer");
            String detail = tokenRejected
                    ? "The bearer token is not valid: it is expired, badly signed, or not issued by the ladder realm"
                            + " for this API."
                    : "A bearer token from the ladder realm is required.";
            return problems.write(
                    exchange, Problem.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail));
        };
    }

    /** 403: authenticated, but this path is not open to the caller. */
    ServerAccessDeniedHandler accessDenied() {
        return (exchange, denied) -> problems.write(
                exchange,
                Problem.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You may not access this resource."));
    }
}
