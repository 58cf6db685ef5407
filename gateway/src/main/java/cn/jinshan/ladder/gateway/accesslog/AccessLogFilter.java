package cn.jinshan.ladder.gateway.accesslog;

import cn.jinshan.ladder.gateway.requestid.RequestIds;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Logs one structured line per request: method, path, status, duration, route and request id. The line is encoded and
 * written off the event loop ({@link AsyncAccessLog}).
 */
@Component
class AccessLogFilter implements WebFilter, Ordered {

    static final String LOGGER_NAME = "cn.jinshan.ladder.gateway.access";

    private static final Logger log = LoggerFactory.getLogger(LOGGER_NAME);
    private static final String ERROR_ATTRIBUTE = AccessLogFilter.class.getName() + ".error";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        return chain.filter(exchange)
                .doOnError(error -> exchange.getAttributes().put(ERROR_ATTRIBUTE, error))
                .doFinally(signal -> log(exchange, signal, started));
    }

    private static void log(ServerWebExchange exchange, SignalType signal, long started) {
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        int status = status(exchange, exchange.getAttribute(ERROR_ATTRIBUTE));
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String requestId = RequestIds.of(exchange);
        // requestId as a key-value: the same top-level ECS field the MDC gave, without copying the MDC map twice
        log.atInfo()
                .setMessage("{} {} {} {} ms")
                .addArgument(method)
                .addArgument(path)
                .addArgument(status)
                .addArgument(durationMs)
                .addKeyValue("requestId", requestId != null ? requestId : "-")
                .addKeyValue("method", method)
                .addKeyValue("path", path)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", durationMs)
                .addKeyValue("routeId", route != null ? route.getId() : "-")
                .addKeyValue("outcome", outcome(signal))
                .log();
    }

    private static int status(ServerWebExchange exchange, @Nullable Throwable error) {
        if (error instanceof ResponseStatusException statusError) {
            return statusError.getStatusCode().value();
        }
        if (error != null) {
            return 500;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status != null ? status.value() : 200;
    }

    private static String outcome(SignalType signal) {
        return switch (signal) {
            case ON_ERROR -> "error";
            case CANCEL -> "cancelled";
            default -> "completed";
        };
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
