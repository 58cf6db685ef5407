package cn.jinshan.ladder.notification.channels.adapter.out.http;

import cn.jinshan.ladder.notification.channels.application.ChannelProperties;
import cn.jinshan.ladder.notification.channels.application.GroupRobot;
import cn.jinshan.ladder.notification.channels.domain.ChannelMessage;
import cn.jinshan.ladder.notification.push.application.DeliveryLog;
import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts markdown messages to a WeCom or DingTalk group robot, with timeouts, behind a retry, a circuit breaker and a
 * bulkhead. The robots answer 200 with {@code errcode}: 0 is taken, 45009/130101 (rate limits) are retried.
 */
@Component
class WebhookRobot implements GroupRobot {

    static final String CHANNEL = "WEBHOOK";

    private final ChannelProperties.Webhook properties;
    private final DeliveryLog log;
    private final JsonMapper json;
    private final JsonPoster poster;

    WebhookRobot(ChannelProperties properties, DeliveryLog log, JsonMapper json) {
        this.properties = properties.webhook();
        this.log = log;
        this.json = json;
        this.poster = new JsonPoster(this.properties.connectTimeout(), this.properties.requestTimeout());
    }

    @Override
    public boolean enabled() {
        return properties.url() != null;
    }

    @Override
    @Retry(name = "webhook", fallbackMethod = "unavailable")
    @CircuitBreaker(name = "webhook")
    @Bulkhead(name = "webhook")
    public boolean post(ChannelMessage message) {
        HttpResponse<String> response;
        try {
            response = poster.post(properties.url(), json.writeValueAsString(body(message)), Map.of());
        } catch (ProviderUnavailableException e) {
            log.attempt(message.notificationId(), CHANNEL, "robot", "FAILED", e.getMessage());
            throw e;
        }
        int status = response.statusCode();
        long errcode = errcode(response.body());
        if (status >= 200 && status < 300 && errcode == 0) {
            log.delivered(message.notificationId(), CHANNEL, "robot", "HTTP " + status);
            return true;
        }
        String detail = "HTTP " + status + (errcode == 0 ? "" : " errcode " + errcode);
        if (JsonPoster.retryable(status) || errcode == 45009 || errcode == 130101) {
            log.attempt(message.notificationId(), CHANNEL, "robot", "FAILED", detail);
            throw new ProviderUnavailableException("group robot answered " + detail, null);
        }
        log.refused(message.notificationId(), CHANNEL, "robot", detail);
        return false;
    }

    boolean unavailable(ChannelMessage message, Throwable cause) {
        String detail = cause instanceof CallNotPermittedException
                ? "circuit open"
                : "gave up: "
                        + (cause instanceof ProviderUnavailableException
                                ? cause.getMessage()
                                : cause.getClass().getSimpleName());
        log.gaveUp(message.notificationId(), CHANNEL, "robot", detail);
        return false;
    }

    private Map<String, Object> body(ChannelMessage message) {
        String text = "**" + message.title() + "**\n\n" + message.body()
                + (message.link() == null ? "" : "\n\n[查看详情](" + message.link() + ")");
        Map<String, Object> markdown =
                properties.dingTalk() ? Map.of("title", message.title(), "text", text) : Map.of("content", text);
        return Map.of("msgtype", "markdown", "markdown", markdown);
    }

    private long errcode(String body) {
        try {
            JsonNode node = json.readTree(body == null || body.isBlank() ? "{}" : body);
            JsonNode code = node.get("errcode");
            return code == null || !code.isNumber() ? 0 : code.asLong();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
