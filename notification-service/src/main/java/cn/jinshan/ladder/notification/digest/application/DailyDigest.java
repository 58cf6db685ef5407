package cn.jinshan.ladder.notification.digest.application;

import cn.jinshan.ladder.notification.digest.domain.Digest;
import cn.jinshan.ladder.notification.digest.domain.DigestSubscription;
import cn.jinshan.ladder.notification.inbox.application.Inbox;
import cn.jinshan.ladder.notification.inbox.application.PageRequest;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.preferences.application.PreferencesChanged;
import cn.jinshan.ladder.notification.preferences.domain.QuietHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Once a day, from the hour each user chose (Asia/Shanghai), an inbox item summarising their unread items; none when
 * nothing is unread. One replica runs each tick (ShedLock); the digest's id derives from user and day, so a day never
 * gets two, and each subscriber is looked at once a day (the inbox is read once, not on every tick).
 */
@Service
public class DailyDigest {

    private final DigestSubscriptions subscriptions;
    private final Inbox inbox;
    private final Clock clock;

    DailyDigest(DigestSubscriptions subscriptions, Inbox inbox, Clock clock) {
        this.subscriptions = subscriptions;
        this.inbox = inbox;
        this.clock = clock;
    }

    @EventListener
    public void on(PreferencesChanged changed) {
        if (changed.preferences().dailyDigest()) {
            subscriptions.save(new DigestSubscription(
                    changed.reader(), changed.preferences().digestHour()));
        } else {
            subscriptions.remove(changed.reader().subject());
        }
    }

    @Scheduled(fixedDelayString = "${ladder.notification.scheduler.tick:30s}")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT5M")
    public void sendDue() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(QuietHours.ZONE);
        LocalDate today = local.toLocalDate();
        for (DigestSubscription subscription : subscriptions.dueBy(local.getHour())) {
            if (subscription.ranOn(today)) {
                continue;
            }
            String subject = subscription.reader().subject();
            String id = Notification.idFor(Digest.sourceOf(subject, today), "user:" + subject);
            if (inbox.find(id).isEmpty()) {
                List<Notification> unread = inbox.newest(subscription.reader(), PageRequest.MAX_SIZE).stream()
                        .filter(n -> !n.readBy(subject))
                        .filter(n -> !Digest.EVENT_TYPE.equals(n.eventType()))
                        .toList();
                if (!unread.isEmpty()) {
                    inbox.deliver(Digest.of(subject, today, unread, now));
                }
            }
            subscriptions.ranOn(subject, today);
        }
    }
}
