package cn.jinshan.ladder.gateway.requestid;

import java.util.UUID;
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

    /** The caller's id when well formed, else a fresh random UUID. */
    static String accept(@Nullable String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches()
                ? candidate
                : UUID.randomUUID().toString();
    }
}
