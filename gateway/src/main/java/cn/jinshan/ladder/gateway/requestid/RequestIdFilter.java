package cn.jinshan.ladder.gateway.requestid;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id before anything else runs (security included), relays it to the services and echoes it
 * on the response, whoever writes that response.
 */
@Component
class RequestIdFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestIds.accept(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, requestId);
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            response.getHeaders().set(RequestIds.HEADER, requestId);
            return Mono.empty();
        });
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .header(RequestIds.HEADER, requestId)
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        // first of all filters, so 401 answers and the access log carry the id too
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
