package cn.jinshan.ladder.gateway.problem;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;

/**
 * A problem document (RFC 9457) the gateway answers with.
 *
 * @param kind the last segment of the {@code type} URI, one of the kinds in the platform conventions
 * @param properties extension members, written after the standard ones in their insertion order
 */
public record Problem(HttpStatusCode status, String kind, String title, String detail, Map<String, Object> properties) {

    /** Every problem type URI starts with this. */
    public static final String TYPE_BASE = "https://ladder.jinshan.gov.cn/problems/";

    public Problem {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A problem without extension members. */
    public static Problem of(HttpStatusCode status, String kind, String title, String detail) {
        return new Problem(status, kind, title, detail, Map.of());
    }

    /** This problem with one more extension member. */
    public Problem with(String name, Object value) {
        Map<String, Object> extended = new LinkedHashMap<>(properties);
        extended.put(name, value);
        return new Problem(status, kind, title, detail, extended);
    }

    /** The {@code type} URI. */
    public URI type() {
        return URI.create(TYPE_BASE + kind);
    }

    /** The JSON members in document order, with the request id when there is one. */
    Map<String, Object> members(@Nullable String requestId) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type().toString());
        members.put("title", title);
        members.put("status", status.value());
        members.put("detail", detail);
        members.putAll(properties);
        if (requestId != null) {
            members.put("requestId", requestId);
        }
        return members;
    }
}
