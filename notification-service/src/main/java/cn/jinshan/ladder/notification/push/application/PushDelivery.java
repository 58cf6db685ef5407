package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.notification.inbox.application.NotificationAdded;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.push.domain.PushMessage;
import cn.jinshan.ladder.notification.push.domain.PushOutcome;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import java.util.Set;
import java.util.stream.Collectors;
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
        dispatch(added.notification(), false);
    }

    /**
     * Pushes, holds or skips the item for every subscription it reaches, now and on this thread, leaving out the
     * subscriptions whose push already has a final outcome: a caller that repeats this after a crash (a reminder
     * fired again) does not push twice what was pushed before.
     */
    public void dispatchOnce(Notification notification) {
        dispatch(notification, true);
    }

    private void dispatch(Notification notification, boolean skipFinished) {
        Set<String> finished = skipFinished ? finishedTargets(notification.id()) : Set.of();
        for (PushSubscription subscription : subscriptions.reaching(notification.addresses())) {
            if (finished.contains(subscription.id())) {
                continue;
            }
            PushDecision decision = policy.decide(subscription.subject(), notification);
            switch (decision.kind()) {
                case SEND_NOW -> push(subscription, notification);
                case HOLD ->
                    held.hold(new HeldPushStore.HeldPush(
                            HeldPushStore.idOf(notification.id(), subscription.id()),
                            notification.id(),
                            subscription.id(),
                            decision.holdUntil()));
                case SKIP -> log.attempt(notification.id(), CHANNEL, subscription.id(), "SKIPPED", "preferences");
            }
        }
    }

    private Set<String> finishedTargets(String notificationId) {
        return log.of(notificationId).stream()
                .filter(entry -> CHANNEL.equals(entry.channel()) && entry.last())
                .map(DeliveryLog.Entry::target)
                .collect(Collectors.toSet());
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
