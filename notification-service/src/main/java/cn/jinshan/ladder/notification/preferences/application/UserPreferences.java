package cn.jinshan.ladder.notification.preferences.application;

import cn.jinshan.ladder.notification.cache.ShortLivedCache;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import cn.jinshan.ladder.notification.preferences.domain.Preferences;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Reads and replaces a user's preferences; a user who never chose gets the defaults. */
@Service
public class UserPreferences {

    private final PreferenceStore store;
    private final ApplicationEventPublisher events;
    private final ShortLivedCache<String, Preferences> bySubject;

    UserPreferences(
            PreferenceStore store,
            ApplicationEventPublisher events,
            @Value("${ladder.notification.preferences.cache-ttl:5s}") Duration cacheTimeToLive) {
        this.store = store;
        this.events = events;
        this.bySubject = new ShortLivedCache<>(cacheTimeToLive);
    }

    /**
     * The user's preferences, read at most once per {@code ladder.notification.preferences.cache-ttl} per replica for
     * the pushes of a burst: a change applies at once on the replica that stored it, within that time on the others.
     */
    public Preferences of(String subject) {
        return bySubject.get(subject, key -> store.find(key).orElseGet(() -> Preferences.defaultsFor(key)));
    }

    public Preferences replace(Reader reader, PreferencesCommand command) {
        Preferences preferences = command.toPreferences(reader.subject());
        store.save(preferences);
        bySubject.forget(reader.subject());
        events.publishEvent(new PreferencesChanged(reader, preferences));
        return preferences;
    }
}
