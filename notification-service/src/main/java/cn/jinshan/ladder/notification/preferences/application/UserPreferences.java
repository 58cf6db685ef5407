package cn.jinshan.ladder.notification.preferences.application;

import cn.jinshan.ladder.notification.preferences.domain.Preferences;
import org.springframework.stereotype.Service;

/** Reads and replaces a user's preferences; a user who never chose gets the defaults. */
@Service
public class UserPreferences {

    private final PreferenceStore store;

    UserPreferences(PreferenceStore store) {
        this.store = store;
    }

    public Preferences of(String subject) {
        return store.find(subject).orElseGet(() -> Preferences.defaultsFor(subject));
    }

    public Preferences replace(String subject, PreferencesCommand command) {
        Preferences preferences = command.toPreferences(subject);
        store.save(preferences);
        return preferences;
    }
}
