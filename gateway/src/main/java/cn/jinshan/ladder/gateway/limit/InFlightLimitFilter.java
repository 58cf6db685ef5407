package cn.jinshan.ladder.gateway.limit;

import cn.jinshan.ladder.gateway.problem.Problem;
import cn.jinshan.ladder.gateway.problem.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sheds overload: at most {@code max-in-flight-per-service} requests of a route are in progress at once; the excess
 * answers 503 {@code unavailable} ({@code reason: overloaded}, {@code Retry-After: 1}) at once instead of queueing,
 * so admitted requests keep their latency and the circuit breaker is not tripped by the queue.
 */
final class InFlightLimitFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(InFlightLimitFilter.class);
    private static final String RETRY_AFTER_SECONDS = "1";

    /** Requests shed with 503, by route ({@code ladder_gateway_requests_shed_total} in Prometheus). */
    static final String SHED_METER = "ladder.gateway.requests.shed";

    /** Requests in progress, by route ({@code ladder_gateway_requests_in_flight}). */
    static final String IN_FLIGHT_METER = "ladder.gateway.requests.in.flight";

    private final RateLimitProperties limits;
    private final ProblemWriter problems;
    private final MeterRegistry meters;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    InFlightLimitFilter(RateLimitProperties limits, ProblemWriter problems, MeterRegistry meters) {
        this.limits = limits;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || limits.unlimitedRoutes().contains(route.getId())) {
            return chain.filter(exchange);
        }
        return Mono.defer(() -> {
            AtomicInteger counter = inFlight.computeIfAbsent(route.getId(), this::register);
            if (counter.incrementAndGet() > limits.maxInFlightPerService()) {
                counter.decrementAndGet();
                return shed(exchange, route.getId());
            }
            return chain.filter(exchange).doFinally(signal -> counter.decrementAndGet());
        });
    }

    private AtomicInteger register(String routeId) {
        AtomicInteger counter = new AtomicInteger();
        meters.gauge(IN_FLIGHT_METER, Tags.of("route", routeId), counter);
        return counter;
    }

    private Mono<Void> shed(ServerWebExchange exchange, String service) {
        meters.counter(SHED_METER, "route", service).increment();
        log.warn(
                "{} overloaded: {} requests in progress, shedding {} {}",
                service,
                limits.maxInFlightPerService(),
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        Problem problem = Problem.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "unavailable",
                        service + " unavailable",
                        service + " is busy: " + limits.maxInFlightPerService()
                                + " requests are already in progress. Try again in " + RETRY_AFTER_SECONDS + " s.")
                .with("service", service)
                .with("reason", "overloaded");
        return problems.write(exchange, problem);
    }

    @Override
    public int getOrder() {
        // after the write limit (a refused write takes no slot), before the circuit breaker (order 1)
        return -10;
    }
}
