package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Browsers subscribe to and unsubscribe from Web Push; the VAPID public key is what they subscribe with. Each stored or
 * removed subscription leaves one audit record (it decides where a user's notifications go); a subscription that takes
 * an endpoint over from another user (a shared browser signed in by someone else) is recorded as such.
 */
@Service
public class PushSubscriptions {

    static final String AUDIT_OBJECT = "push-subscription";

    private final SubscriptionStore store;
    private final VapidKeyStore keys;
    private final PushProperties properties;
    private final Clock clock;
    private final AuditLog audit;

    PushSubscriptions(
            SubscriptionStore store, VapidKeyStore keys, PushProperties properties, Clock clock, AuditLog audit) {
        this.store = store;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    public String vapidPublicKey() {
        return keys.loadOrCreate(VapidKeys::generate).publicKeyBase64Url();
    }

    public PushSubscription subscribe(Reader reader, Language language, SubscribeCommand command) {
        command.check(properties);
        PushSubscription subscription = new PushSubscription(
                PushSubscription.idFor(command.endpoint()),
                command.endpoint(),
                command.p256dh(),
                command.auth(),
                reader.subject(),
                reader.addresses(),
                language,
                clock.instant());
        boolean takenOver = store.find(subscription.id())
                .filter(existing -> !existing.subject().equals(reader.subject()))
                .isPresent();
        store.save(subscription);
        audit.record(
                takenOver ? "push-subscription.take-over" : "push-subscription.subscribe",
                AUDIT_OBJECT,
                subscription.id(),
                AuditOutcome.SUCCEEDED,
                takenOver ? "the endpoint was another user's subscription" : null);
        return subscription;
    }

    public List<PushSubscription> of(Reader reader) {
        return store.ownedBy(reader.subject());
    }

    /** Removes the caller's subscription of that endpoint; anyone else's is not found. */
    public void unsubscribe(Reader reader, String endpoint) {
        String id = PushSubscription.idFor(endpoint == null ? "" : endpoint);
        store.find(id)
                .filter(subscription -> subscription.subject().equals(reader.subject()))
                .orElseThrow(() -> new NotFoundException("push subscription", endpoint));
        store.delete(id);
        audit.record("push-subscription.unsubscribe", AUDIT_OBJECT, id, AuditOutcome.SUCCEEDED);
    }
}
