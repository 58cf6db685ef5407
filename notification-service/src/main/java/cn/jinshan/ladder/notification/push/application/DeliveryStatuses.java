package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.notification.inbox.application.Inbox;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The delivery status of an item the reader sees. Officials and administrators see every channel and target; other
 * users see their own push subscriptions only.
 */
@Service
public class DeliveryStatuses {

    private static final Set<String> SEE_ALL = Set.of("OFFICIAL", "ADMIN");

    private final Inbox inbox;
    private final DeliveryLog log;
    private final HeldPushStore held;
    private final SubscriptionStore subscriptions;

    DeliveryStatuses(Inbox inbox, DeliveryLog log, HeldPushStore held, SubscriptionStore subscriptions) {
        this.inbox = inbox;
        this.log = log;
        this.held = held;
        this.subscriptions = subscriptions;
    }

    public DeliveryStatus of(Reader reader, String notificationId) {
        Notification notification = inbox.visibleTo(reader, notificationId);
        boolean all = reader.roles().stream().anyMatch(SEE_ALL::contains);
        Set<String> own = subscriptions.ownedBy(reader.subject()).stream()
                .map(PushSubscription::id)
                .collect(Collectors.toSet());
        Set<String> reached = all
                ? subscriptions.reaching(notification.addresses()).stream()
                        .map(PushSubscription::id)
                        .collect(Collectors.toSet())
                : own;
        Map<String, DeliveryStatus.Line> lines = new LinkedHashMap<>();
        for (DeliveryLog.Entry entry : log.of(notificationId)) {
            if (all || own.contains(entry.target())) {
                String status = entry.last() || "SKIPPED".equals(entry.outcome()) ? entry.outcome() : "RETRYING";
                lines.put(
                        entry.channel() + "|" + entry.target(),
                        new DeliveryStatus.Line(
                                entry.channel(), entry.target(), status, entry.attempts(), entry.detail(), entry.at()));
            }
        }
        for (HeldPushStore.HeldPush push : held.heldFor(notificationId, reached)) {
            if (all || own.contains(push.subscriptionId())) {
                lines.putIfAbsent(
                        "WEB_PUSH|" + push.subscriptionId(),
                        new DeliveryStatus.Line(
                                "WEB_PUSH", push.subscriptionId(), "HELD", 0, "quiet hours", push.releaseAt()));
            }
        }
        return new DeliveryStatus(
                notification.id(), notification.readBy(reader.subject()), new ArrayList<>(lines.values()));
    }
}
