package cn.jinshan.ladder.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Answers errors raised while handling a request (no route, no resource, failures) as problems. */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemWriter problems;

    ProblemErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = error instanceof ResponseStatusException statusError
                ? statusError.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error(
                    "Request failed: {} {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    error);
        }
        return problems.write(exchange, problemFor(status));
    }

    static Problem problemFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "Error";
        return switch (status.value()) {
            case 401 -> Problem.of(status, "unauthorized", title, "A bearer token from the ladder realm is required.");
            case 403 -> Problem.of(status, "forbidden", title, "You may not perform this action.");
            case 404 -> Problem.of(status, "not-found", title, "Nothing is served at this path.");
            case 405 -> Problem.of(status, "bad-request", title, "This method is not supported at this path.");
            case 502, 503, 504 ->
                Problem.of(status, "unavailable", title, "A service needed for this request is unavailable.");
            default ->
                status.is4xxClientError()
                        ? Problem.of(status, "bad-request", title, "The request is not valid.")
                        : Problem.of(
                                status,
                                "internal",
                                title,
                                "The gateway failed to handle the request. Quote the request id when reporting it.");
        };
    }
}
