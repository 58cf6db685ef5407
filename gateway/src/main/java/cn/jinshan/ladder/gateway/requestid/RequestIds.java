package cn.jinshan.ladder.gateway.requestid;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.server.ServerWebExchange;

/** The request id: its header, the rule for a caller's id, and where the gateway keeps it on an exchange. */
public final class RequestIds {

    /** The header that carries the id in both directions. */
    public static final String HEADER = "X-Request-Id";

    static final String ATTRIBUTE = RequestIds.class.getName() + ".requestId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {}

    /** The id the gateway gave this exchange, or {@code null} before the request-id filter ran. */
    public static @Nullable String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    /** The caller's id when well formed, else a fresh random (version 4) UUID. */
    static String accept(@Nullable String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches() ? candidate : randomUuid();
    }

    /**
     * A version 4 UUID from {@link ThreadLocalRandom}: a request id correlates log lines and is no secret, so it does
     * not need {@link UUID#randomUUID()}'s {@code SecureRandom}, which every event-loop thread would share.
     */
    static String randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC0L << 56)) | (0x80L << 56);
        return new UUID(most, least).toString();
    }
}
