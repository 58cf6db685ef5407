package cn.jinshan.ladder.notification.push.adapter.out.http;

import cn.jinshan.ladder.notification.push.application.DeliveryLog;
import cn.jinshan.ladder.notification.push.application.PushProperties;
import cn.jinshan.ladder.notification.push.application.PushSender;
import cn.jinshan.ladder.notification.push.application.VapidKeyStore;
import cn.jinshan.ladder.notification.push.application.VapidKeys;
import cn.jinshan.ladder.notification.push.domain.PushMessage;
import cn.jinshan.ladder.notification.push.domain.PushOutcome;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.httpclient.StandardHttpClientRequestPreparer;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;
import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.io.IOException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends Web Push messages (RFC 8030) encrypted for the subscription (RFC 8291, aes128gcm) and signed with the VAPID
 * key (RFC 8292), over the JDK client with timeouts, behind a retry, a circuit breaker and a bulkhead. Every attempt
 * is recorded; 404 and 410 mean the subscription is gone. The endpoint is checked again first ({@link EndpointGuard}).
 */
@Component
class WebPushSender implements PushSender {

    static final String CHANNEL = "WEB_PUSH";

    private final VapidKeyStore keys;
    private final PushProperties properties;
    private final DeliveryLog log;
    private final JsonMapper json;
    private final HttpClient http;
    private final EndpointGuard guard;
    private volatile VAPIDKeyPair vapid;

    WebPushSender(VapidKeyStore keys, PushProperties properties, DeliveryLog log, JsonMapper json) {
        this.keys = keys;
        this.properties = properties;
        this.log = log;
        this.json = json;
        this.guard = new EndpointGuard(properties);
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    @Retry(name = "webPush", fallbackMethod = "unavailable")
    @CircuitBreaker(name = "webPush")
    @Bulkhead(name = "webPush")
    public PushOutcome send(PushSubscription subscription, PushMessage message) {
        Optional<String> broken = guard.brokenRules(subscription.endpoint());
        if (broken.isPresent()) {
            log.finished(message.notificationId(), CHANNEL, subscription.id(), "GONE", broken.get(), true);
            return PushOutcome.GONE;
        }
        Optional<String> unsafe = unsafeAddress(subscription, message);
        if (unsafe.isPresent()) {
            log.refused(message.notificationId(), CHANNEL, subscription.id(), unsafe.get());
            return PushOutcome.FAILED;
        }
        HttpResponse<String> response = post(request(subscription, message), subscription, message);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            log.delivered(message.notificationId(), CHANNEL, subscription.id(), "HTTP " + status);
            return PushOutcome.DELIVERED;
        }
        if (status == 404 || status == 410) {
            log.finished(message.notificationId(), CHANNEL, subscription.id(), "GONE", "HTTP " + status, true);
            return PushOutcome.GONE;
        }
        if (status == 429 || status >= 500) {
            log.attempt(message.notificationId(), CHANNEL, subscription.id(), "FAILED", "HTTP " + status);
            throw new PushServiceUnavailableException("push service answered " + status, null);
        }
        log.refused(message.notificationId(), CHANNEL, subscription.id(), "HTTP " + status);
        return PushOutcome.FAILED;
    }

    PushOutcome unavailable(PushSubscription subscription, PushMessage message, Throwable cause) {
        String detail = cause instanceof CallNotPermittedException
                ? "circuit open"
                : "gave up: "
                        + (cause instanceof PushServiceUnavailableException
                                ? cause.getMessage()
                                : cause.getClass().getSimpleName());
        log.gaveUp(message.notificationId(), CHANNEL, subscription.id(), detail);
        return PushOutcome.FAILED;
    }

    private Optional<String> unsafeAddress(PushSubscription subscription, PushMessage message) {
        try {
            return guard.unsafeAddress(subscription.endpoint());
        } catch (UnknownHostException e) {
            log.attempt(message.notificationId(), CHANNEL, subscription.id(), "FAILED", "UnknownHostException");
            throw new PushServiceUnavailableException("push service host not resolved", e);
        }
    }

    private HttpResponse<String> post(HttpRequest request, PushSubscription subscription, PushMessage message) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            log.attempt(
                    message.notificationId(),
                    CHANNEL,
                    subscription.id(),
                    "FAILED",
                    e.getClass().getSimpleName());
            throw new PushServiceUnavailableException("push service unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushServiceUnavailableException("interrupted while pushing", e);
        }
    }

    private HttpRequest request(PushSubscription subscription, PushMessage message) {
        com.zerodeplibs.webpush.PushSubscription target = new com.zerodeplibs.webpush.PushSubscription();
        target.setEndpoint(subscription.endpoint());
        com.zerodeplibs.webpush.PushSubscription.Keys targetKeys = new com.zerodeplibs.webpush.PushSubscription.Keys();
        targetKeys.setP256dh(subscription.p256dh());
        targetKeys.setAuth(subscription.auth());
        target.setKeys(targetKeys);
        var builder = StandardHttpClientRequestPreparer.getBuilder()
                .pushSubscription(target)
                .vapidJWTExpiresAfter(12, TimeUnit.HOURS)
                .vapidJWTSubject(properties.subject())
                .pushMessage(json.writeValueAsString(message))
                .ttl(properties.ttl().toSeconds(), TimeUnit.SECONDS)
                .topic(message.notificationId().replace("-", ""));
        builder = message.urgent() ? builder.urgencyHigh() : builder.urgencyNormal();
        return builder.build(vapid())
                .toRequestBuilder()
                .timeout(properties.requestTimeout())
                .build();
    }

    private VAPIDKeyPair vapid() {
        VAPIDKeyPair pair = vapid;
        if (pair == null) {
            VapidKeys stored = keys.loadOrCreate(VapidKeys::generate);
            pair = VAPIDKeyPairs.of(
                    PrivateKeySources.ofPKCS8Bytes(stored.privateKeyPkcs8()),
                    PublicKeySources.ofX509Bytes(stored.publicKeyX509()));
            vapid = pair;
        }
        return pair;
    }
}
