package cn.jinshan.ladder.gateway.problem;

import cn.jinshan.ladder.gateway.requestid.RequestIds;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Renders problems as {@code application/problem+json}, carrying the exchange's request id. */
@Component
public class ProblemWriter {

    private final JsonMapper jsonMapper;

    ProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** The problem's JSON bytes. */
    public byte[] toJson(Problem problem, ServerWebExchange exchange) {
        return jsonMapper.writeValueAsBytes(problem.members(RequestIds.of(exchange)));
    }

    /** Sets the status and content type and writes the problem as the response body. */
    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(toJson(problem, exchange));
        return response.writeWith(Mono.just(body));
    }
}
