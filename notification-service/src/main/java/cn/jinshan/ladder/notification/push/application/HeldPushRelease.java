package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.notification.inbox.application.Inbox;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Sends the pushes quiet hours held back once the window opens; one replica at a time takes the lease. */
@Service
public class HeldPushRelease {

    private static final int BATCH = 200;

    private final HeldPushStore held;
    private final SubscriptionStore subscriptions;
    private final Inbox inbox;
    private final PushDelivery delivery;
    private final Clock clock;

    HeldPushRelease(
            HeldPushStore held, SubscriptionStore subscriptions, Inbox inbox, PushDelivery delivery, Clock clock) {
        this.held = held;
        this.subscriptions = subscriptions;
        this.inbox = inbox;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ladder.notification.scheduler.tick:30s}")
    @SchedulerLock(name = "held-push-release", lockAtMostFor = "PT5M")
    public void releaseDue() {
        for (HeldPushStore.HeldPush push : held.dueAt(clock.instant(), BATCH)) {
            if (held.release(push.id())) {
                subscriptions
                        .find(push.subscriptionId())
                        .ifPresent(subscription -> inbox.find(push.notificationId())
                                .ifPresent(notification -> delivery.push(subscription, notification)));
            }
        }
    }
}
