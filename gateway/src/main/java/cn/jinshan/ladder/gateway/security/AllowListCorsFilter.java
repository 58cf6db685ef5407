package cn.jinshan.ladder.gateway.security;

import cn.jinshan.ladder.gateway.problem.Problem;
import cn.jinshan.ladder.gateway.problem.ProblemWriter;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Cross-origin requests: an allow-listed origin gets exactly its origin back in {@code Access-Control-Allow-Origin};
 * any other origin's preflight or request is refused with a 403 problem and no CORS headers. Same-origin requests
 * (the web app) pass untouched. Runs inside the security chain, after the header writer and before authentication.
 */
final class AllowListCorsFilter implements WebFilter {

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemWriter problems;

    AllowListCorsFilter(List<String> allowedOrigins, ProblemWriter problems) {
        this.problems = problems;
        configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(allowedOrigins);
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        configuration.setAllowedHeaders(List.of(
                HttpHeaders.AUTHORIZATION,
                HttpHeaders.CONTENT_TYPE,
                HttpHeaders.ACCEPT,
                HttpHeaders.ACCEPT_LANGUAGE,
                "X-Request-Id"));
        configuration.setExposedHeaders(List.of(
                HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, HttpHeaders.CONTENT_DISPOSITION, "X-Request-Id"));
        // bearer tokens, no cookies
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofMinutes(30));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!CorsUtils.isCorsRequest(request)) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return problems.write(
                    exchange,
                    Problem.of(
                            HttpStatus.FORBIDDEN,
                            "forbidden",
                            "Forbidden",
                            "Cross-origin requests from this origin are not allowed (ladder.gateway.cors.allowed-origins)."));
        }
        return CorsUtils.isPreFlightRequest(request) ? Mono.empty() : chain.filter(exchange);
    }
}
