package cn.jinshan.ladder.notification.push.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Web Push settings: the VAPID contact, HTTP timeouts, message lifetime, the push services a subscription's endpoint
 * may name ({@code *.} for any name below a domain), and whether plain-http and loopback endpoints are allowed
 * (development and tests only).
 */
@ConfigurationProperties("ladder.notification.push")
public record PushProperties(
        String subject,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration ttl,
        boolean allowInsecureEndpoints,
        List<String> allowedHosts) {

    /** Chrome, Edge (legacy FCM too), Firefox, Edge on Windows (WNS) and Safari. */
    public static final List<String> DEFAULT_PUSH_SERVICES = List.of(
            "fcm.googleapis.com",
            "android.googleapis.com",
            "*.push.services.mozilla.com",
            "*.notify.windows.com",
            "web.push.apple.com");

    public PushProperties {
        subject = subject == null || subject.isBlank() ? "mailto:ladder-ops@jinshan.gov.cn" : subject;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
        ttl = ttl == null ? Duration.ofHours(24) : ttl;
        allowedHosts = allowedHosts == null || allowedHosts.stream().allMatch(host -> host == null || host.isBlank())
                ? DEFAULT_PUSH_SERVICES
                : allowedHosts.stream()
                        .filter(host -> host != null && !host.isBlank())
                        .map(String::trim)
                        .toList();
    }
}
