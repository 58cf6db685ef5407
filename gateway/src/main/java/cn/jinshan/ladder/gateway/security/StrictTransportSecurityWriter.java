package cn.jinshan.ladder.gateway.security;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code Strict-Transport-Security} when the browser reached the gateway over HTTPS, directly or through a
 * TLS-terminating proxy that says so in {@code X-Forwarded-Proto}; over plain HTTP browsers ignore the header, so a
 * forged {@code X-Forwarded-Proto} gains nothing.
 */
final class StrictTransportSecurityWriter implements ServerHttpHeadersWriter {

    static final String HEADER = "Strict-Transport-Security";

    private final String value;

    StrictTransportSecurityWriter(String value) {
        this.value = value;
    }

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String forwardedProto = request.getHeaders().getFirst("X-Forwarded-Proto");
        boolean https = "https".equalsIgnoreCase(request.getURI().getScheme())
                || (forwardedProto != null && "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip()));
        if (https && !exchange.getResponse().getHeaders().containsHeader(HEADER)) {
            exchange.getResponse().getHeaders().set(HEADER, value);
        }
        return Mono.empty();
    }
}
