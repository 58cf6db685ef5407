package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Browsers subscribe to and unsubscribe from Web Push; the VAPID public key is what they subscribe with. */
@Service
public class PushSubscriptions {

    private final SubscriptionStore store;
    private final VapidKeyStore keys;
    private final PushProperties properties;
    private final Clock clock;

    PushSubscriptions(SubscriptionStore store, VapidKeyStore keys, PushProperties properties, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
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
        store.save(subscription);
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
    }
}
