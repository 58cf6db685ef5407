package cn.jinshan.ladder.gateway.limit;

import cn.jinshan.ladder.gateway.problem.Problem;
import cn.jinshan.ladder.gateway.problem.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits each signed-in user's writes (POST, PUT, PATCH, DELETE) on the API routes with a token bucket keyed by the
 * token's subject; a write over the limit answers 429 {@code too-many-requests} with {@code Retry-After}. Runs after
 * authentication (routes need a token) and before the circuit breaker, so refused writes never reach or count
 * against a service.
 */
final class WriteRateLimitFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(WriteRateLimitFilter.class);
    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** Writes refused with 429, by route ({@code ladder_gateway_writes_limited_total} in Prometheus). */
    static final String LIMITED_METER = "ladder.gateway.writes.limited";

    private final WriteBuckets buckets;
    private final RateLimitProperties limits;
    private final ProblemWriter problems;
    private final MeterRegistry meters;

    WriteRateLimitFilter(
            WriteBuckets buckets, RateLimitProperties limits, ProblemWriter problems, MeterRegistry meters) {
        this.buckets = buckets;
        this.limits = limits;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (!WRITES.contains(exchange.getRequest().getMethod())
                || route == null
                || limits.unlimitedRoutes().contains(route.getId())) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(WriteRateLimitFilter::userKey)
                .map(buckets::take)
                .defaultIfEmpty(0L)
                .flatMap(waitNanos ->
                        waitNanos == 0 ? chain.filter(exchange) : tooMany(exchange, route.getId(), waitNanos));
    }

    /** The token's subject; Keycloak can leave {@code sub} out (no {@code basic} scope), then the username. */
    static String userKey(Principal principal) {
        if (principal instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            String subject = jwt.getSubject();
            if (subject != null) {
                return subject;
            }
            String username = jwt.getClaimAsString("preferred_username");
            return username != null ? "username:" + username : "client:" + jwt.getClaimAsString("azp");
        }
        String name = principal.getName();
        return name != null ? name : "unnamed";
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, String routeId, long waitNanos) {
        meters.counter(LIMITED_METER, "route", routeId).increment();
        long retryAfter = Math.max(1, (long) Math.ceil(waitNanos / (double) TimeUnit.SECONDS.toNanos(1)));
        log.info(
                "Write limit reached: {} {} (retry after {} s)",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                retryAfter);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        Problem problem = Problem.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-requests",
                        "Too Many Requests",
                        "Writes are limited to " + format(limits.writesPerSecond()) + " per second per user, in bursts"
                                + " of at most " + limits.writeBurst() + ". Try again in " + retryAfter + " s.")
                .with("limit", "writes-per-user")
                .with("writesPerSecond", limits.writesPerSecond())
                .with("burst", limits.writeBurst())
                .with("retryAfterSeconds", retryAfter);
        return problems.write(exchange, problem);
    }

    private static String format(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    @Override
    public int getOrder() {
        // before the route's own filters (the circuit breaker is order 1)
        return -20;
    }
}
