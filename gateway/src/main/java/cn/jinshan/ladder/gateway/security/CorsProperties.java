package cn.jinshan.ladder.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Origins other than the gateway's own that may call it from a browser.
 *
 * @param allowedOrigins exact origins ({@code https://host[:port]}); empty: same origin only
 */
@ConfigurationProperties("ladder.gateway.cors")
record CorsProperties(List<String> allowedOrigins) {

    CorsProperties {
        allowedOrigins = allowedOrigins == null
                ? List.of()
                : allowedOrigins.stream()
                        .map(String::strip)
                        .filter(origin -> !origin.isEmpty())
                        .toList();
    }
}
