package cn.jinshan.ladder.notification.preferences.application;

import cn.jinshan.ladder.notification.inbox.domain.Reader;
import cn.jinshan.ladder.notification.preferences.domain.Preferences;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Reads and replaces a user's preferences; a user who never chose gets the defaults. */
@Service
public class UserPreferences {

    private final PreferenceStore store;
    private final ApplicationEventPublisher events;

    UserPreferences(PreferenceStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public Preferences of(String subject) {
        return store.find(subject).orElseGet(() -> Preferences.defaultsFor(subject));
    }

    public Preferences replace(Reader reader, PreferencesCommand command) {
        Preferences preferences = command.toPreferences(reader.subject());
        store.save(preferences);
        events.publishEvent(new PreferencesChanged(reader, preferences));
        return preferences;
    }
}
