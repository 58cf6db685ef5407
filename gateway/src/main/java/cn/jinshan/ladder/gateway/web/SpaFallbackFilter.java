package cn.jinshan.ladder.gateway.web;

import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the app's {@code index.html} for the paths its router owns (e.g. {@code /official/queue} after a reload): a
 * GET or HEAD that asks for HTML, outside the API, actuator, fallback and asset paths, whose last segment is not a
 * file name. Runs before security, so such a path is as public as the page itself.
 */
@Component
class SpaFallbackFilter implements WebFilter, Ordered {

    static final String INDEX = "/index.html";
    private static final Set<String> RESERVED = Set.of("api", "actuator", "fallback", "assets");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!isAppRoute(request)) {
            return chain.filter(exchange);
        }
        return chain.filter(
                exchange.mutate().request(request.mutate().path(INDEX).build()).build());
    }

    static boolean isAppRoute(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return false;
        }
        // the path first: parsing Accept on every API call cost about 1 % of the gateway's CPU
        return isAppPath(request.getPath().pathWithinApplication().value())
                && request.getHeaders().getAccept().stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
    }

    static boolean isAppPath(String path) {
        if (path.length() < 2 || !path.startsWith("/") || path.contains("//")) {
            return false;
        }
        String[] segments = path.substring(1).split("/");
        String last = segments[segments.length - 1];
        return !RESERVED.contains(segments[0]) && !last.contains(".");
    }

    @Override
    public int getOrder() {
        // after the request id, before Spring Security's chain (-100)
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
