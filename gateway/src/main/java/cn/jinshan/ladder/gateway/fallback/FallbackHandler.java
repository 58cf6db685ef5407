package cn.jinshan.ladder.gateway.fallback;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import cn.jinshan.ladder.gateway.problem.Problem;
import cn.jinshan.ladder.gateway.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a request whose service is down, slow or behind an open circuit with a 503 problem naming that service. The
 * body is written as bytes, so any method and any {@code Accept} (an SSE client's included) gets it.
 */
@Component
class FallbackHandler {

    private static final Logger log = LoggerFactory.getLogger(FallbackHandler.class);

    private final ProblemWriter problems;

    FallbackHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    Mono<ServerResponse> handle(ServerRequest request) {
        return RoutedService.byId(request.pathVariable("service"))
                .map(service -> unavailable(request.exchange(), service))
                .orElseGet(() -> ServerResponse.notFound().build());
    }

    private Mono<ServerResponse> unavailable(ServerWebExchange exchange, RoutedService service) {
        Throwable error = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        FallbackReason reason = FallbackReason.of(error);
        log.warn("{} unavailable ({}): {}", service.id(), reason.code(), error != null ? error.toString() : "-");
        Problem problem = Problem.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "unavailable",
                        service.id() + " unavailable",
                        service.feature() + " " + reason.explanation() + " Please try again shortly.")
                .with("service", service.id())
                .with("reason", reason.code());
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problems.toJson(problem, exchange));
    }
}
