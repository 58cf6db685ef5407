package cn.jinshan.ladder.notification.push.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Web Push settings: the VAPID contact, HTTP timeouts, message lifetime, and whether plain-http endpoints are allowed. */
@ConfigurationProperties("ladder.notification.push")
public record PushProperties(
        String subject,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration ttl,
        boolean allowInsecureEndpoints) {

    public PushProperties {
        subject = subject == null || subject.isBlank() ? "mailto:ladder-ops@jinshan.gov.cn" : subject;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
        ttl = ttl == null ? Duration.ofHours(24) : ttl;
    }
}
