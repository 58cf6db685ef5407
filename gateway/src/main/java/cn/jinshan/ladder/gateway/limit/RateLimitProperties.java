package cn.jinshan.ladder.gateway.limit;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Resource limits of the API routes.
 *
 * @param writesPerSecond tokens a user's write bucket regains per second
 * @param writeBurst size of a user's write bucket: writes a user may send at once
 * @param maxTrackedUsers users whose buckets are kept at once; idle buckets are dropped first
 * @param maxInFlightPerService requests in progress per route (service) before the excess is shed with 503
 * @param unlimitedRoutes route ids neither limit applies to (the SSE stream: long-lived by design)
 */
@ConfigurationProperties("ladder.gateway.rate-limit")
record RateLimitProperties(
        double writesPerSecond,
        int writeBurst,
        int maxTrackedUsers,
        int maxInFlightPerService,
        Set<String> unlimitedRoutes) {

    RateLimitProperties {
        require(writesPerSecond > 0, "writes-per-second", writesPerSecond);
        require(writeBurst >= 1, "write-burst", writeBurst);
        require(maxTrackedUsers >= 1, "max-tracked-users", maxTrackedUsers);
        require(maxInFlightPerService >= 1, "max-in-flight-per-service", maxInFlightPerService);
        unlimitedRoutes = unlimitedRoutes == null ? Set.of() : Set.copyOf(unlimitedRoutes);
    }

    private static void require(boolean valid, String name, Object value) {
        if (!valid) {
            throw new IllegalArgumentException("ladder.gateway.rate-limit." + name
                    + " must be positive (burst and counts at least 1), was " + value);
        }
    }
}
