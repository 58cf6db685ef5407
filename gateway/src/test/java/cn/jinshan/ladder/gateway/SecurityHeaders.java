package cn.jinshan.ladder.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;

/** The headers every gateway response must carry, checked on a response's header map. */
final class SecurityHeaders {

    private SecurityHeaders() {}

    static void assertOn(HttpHeaders headers) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(map::put);
        assertOn(map);
    }

    static void assertOn(Map<String, List<String>> headers) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        assertThat(byName.get("X-Content-Type-Options"))
                .as("X-Content-Type-Options")
                .containsExactly("nosniff");
        assertThat(byName.get("X-Frame-Options"))
                .as("X-Frame-Options")
                .singleElement()
                .isIn("DENY", "SAMEORIGIN");
        assertThat(byName.get("Referrer-Policy")).as("Referrer-Policy").containsExactly("no-referrer");
        assertThat(byName.get("Content-Security-Policy"))
                .as("Content-Security-Policy")
                .singleElement()
                .asString()
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
    }
}
