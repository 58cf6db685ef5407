package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.notification.inbox.application.NotificationAdded;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.push.domain.PushMessage;
import cn.jinshan.ladder.notification.push.domain.PushOutcome;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/**
 * Pushes each new inbox item to the phones of the users it reaches, off the consumer thread. A subscription the push
 * service no longer knows is removed; an item whose push fails for good stays in the inbox, which is always delivered,
 * and falls back to the other channels ({@link PushFailed}).
 */
@Service
public class PushDelivery {

    private final SubscriptionStore subscriptions;
    private final PushSender sender;
    static final String CHANNEL = "WEB_PUSH";

    private final PushPolicy policy;
    private final HeldPushStore held;
    private final DeliveryLog log;
    private final ApplicationEventPublisher events;

    PushDelivery(
            SubscriptionStore subscriptions,
            PushSender sender,
            PushPolicy policy,
            HeldPushStore held,
            DeliveryLog log,
            ApplicationEventPublisher events) {
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.policy = policy;
        this.held = held;
        this.log = log;
        this.events = events;
    }

    @Async
    @EventListener
    public void on(NotificationAdded added) {
        Notification notification = added.notification();
        for (PushSubscription subscription : subscriptions.reaching(notification.addresses())) {
            PushDecision decision = policy.decide(subscription.subject(), notification);
            switch (decision.kind()) {
                case SEND_NOW -> push(subscription, notification);
                case HOLD ->
                    held.hold(new HeldPushStore.HeldPush(
                            notification.id() + ":" + subscription.id(),
                            notification.id(),
                            subscription.id(),
                            decision.holdUntil()));
                case SKIP -> log.attempt(notification.id(), CHANNEL, subscription.id(), "SKIPPED", "preferences");
            }
        }
    }

    /** Sends one item to one subscription now. */
    public PushOutcome push(PushSubscription subscription, Notification notification) {
        PushMessage message = new PushMessage(
                notification.id(),
                notification.title().in(subscription.language()),
                notification.body().in(subscription.language()),
                notification.link(),
                notification.category().name(),
                notification.priority().name());
        PushOutcome outcome = sender.send(subscription, message);
        if (outcome == PushOutcome.GONE) {
            subscriptions.delete(subscription.id());
        }
        if (outcome == PushOutcome.FAILED) {
            events.publishEvent(new PushFailed(notification, "push failed"));
        }
        return outcome;
    }
}
