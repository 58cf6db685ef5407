package cn.jinshan.ladder.notification.channels.adapter.out.http;

import cn.jinshan.ladder.notification.channels.application.ChannelProperties;
import cn.jinshan.ladder.notification.channels.application.SmsGateway;
import cn.jinshan.ladder.notification.channels.domain.ChannelMessage;
import cn.jinshan.ladder.notification.push.application.DeliveryLog;
import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a text message through the SMS provider's JSON API ({@code phoneNumbers, text, reference}, bearer API key),
 * with timeouts, behind a retry, a circuit breaker and a bulkhead.
 */
@Component
class SmsProvider implements SmsGateway {

    static final String CHANNEL = "SMS";

    private final ChannelProperties.Sms properties;
    private final DeliveryLog log;
    private final JsonMapper json;
    private final JsonPoster poster;

    SmsProvider(ChannelProperties properties, DeliveryLog log, JsonMapper json) {
        this.properties = properties.sms();
        this.log = log;
        this.json = json;
        this.poster = new JsonPoster(this.properties.connectTimeout(), this.properties.requestTimeout());
    }

    @Override
    public boolean enabled() {
        return properties.url() != null && !properties.recipients().isEmpty();
    }

    @Override
    @Retry(name = "sms", fallbackMethod = "unavailable")
    @CircuitBreaker(name = "sms")
    @Bulkhead(name = "sms")
    public boolean send(ChannelMessage message) {
        String target = String.join(",", properties.recipients());
        Map<String, Object> body = Map.of(
                "phoneNumbers", properties.recipients(),
                "text", message.plainText(),
                "reference", message.notificationId());
        Map<String, String> headers =
                properties.apiKey() == null ? Map.of() : Map.of("Authorization", "Bearer " + properties.apiKey());
        HttpResponse<String> response;
        try {
            response = poster.post(properties.url(), json.writeValueAsString(body), headers);
        } catch (ProviderUnavailableException e) {
            log.attempt(message.notificationId(), CHANNEL, target, "FAILED", e.getMessage());
            throw e;
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            log.delivered(message.notificationId(), CHANNEL, target, "HTTP " + status);
            return true;
        }
        if (JsonPoster.retryable(status)) {
            log.attempt(message.notificationId(), CHANNEL, target, "FAILED", "HTTP " + status);
            throw new ProviderUnavailableException("SMS provider answered " + status, null);
        }
        log.refused(message.notificationId(), CHANNEL, target, "HTTP " + status);
        return false;
    }

    boolean unavailable(ChannelMessage message, Throwable cause) {
        String detail = cause instanceof CallNotPermittedException
                ? "circuit open"
                : "gave up: "
                        + (cause instanceof ProviderUnavailableException
                                ? cause.getMessage()
                                : cause.getClass().getSimpleName());
        log.gaveUp(message.notificationId(), CHANNEL, String.join(",", properties.recipients()), detail);
        return false;
    }
}
