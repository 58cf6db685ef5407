package cn.jinshan.ladder.notification.push.adapter.in.web;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import cn.jinshan.ladder.notification.inbox.application.Readers;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import cn.jinshan.ladder.notification.push.application.PushSubscriptions;
import cn.jinshan.ladder.notification.push.application.SubscribeCommand;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/push-subscriptions")
class PushSubscriptionController {

    private final PushSubscriptions subscriptions;

    PushSubscriptionController(PushSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** The browser's {@code PushSubscription.toJSON()}; its expiration time (usually null) is not kept. */
    record SubscriptionRequest(String endpoint, Long expirationTime, Keys keys) {

        /** The subscription's encryption keys. */
        record Keys(String p256dh, String auth) {}
    }

    /** A stored subscription, without its keys. */
    record SubscriptionView(String id, String endpoint) {}

    /** The key browsers pass as {@code applicationServerKey}. */
    record VapidPublicKey(String publicKey) {}

    @GetMapping("/vapid-public-key")
    VapidPublicKey vapidPublicKey() {
        return new VapidPublicKey(subscriptions.vapidPublicKey());
    }

    @GetMapping
    List<SubscriptionView> mine(CurrentUser user) {
        return subscriptions.of(Readers.of(user)).stream()
                .map(s -> new SubscriptionView(s.id(), s.endpoint()))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SubscriptionView subscribe(
            CurrentUser user,
            @RequestBody SubscriptionRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        SubscriptionRequest.Keys keys =
                request.keys() == null ? new SubscriptionRequest.Keys(null, null) : request.keys();
        PushSubscription saved = subscriptions.subscribe(
                Readers.of(user),
                Language.fromAcceptLanguage(acceptLanguage),
                new SubscribeCommand(request.endpoint(), keys.p256dh(), keys.auth()));
        return new SubscriptionView(saved.id(), saved.endpoint());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(CurrentUser user, @RequestParam(required = false) String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new InvalidInputException("endpoint", "required", "name the subscription: endpoint is required");
        }
        subscriptions.unsubscribe(Readers.of(user), endpoint);
    }
}
