package cn.jinshan.ladder.notification.preferences.application;

import cn.jinshan.ladder.notification.preferences.domain.Preferences;
import java.util.Optional;

/** Where each user's preferences are kept, keyed by subject. */
public interface PreferenceStore {

    Optional<Preferences> find(String subject);

    void save(Preferences preferences);
}
