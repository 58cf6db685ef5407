package cn.jinshan.ladder.notification.preferences.application;

import cn.jinshan.ladder.notification.inbox.domain.Reader;
import cn.jinshan.ladder.notification.preferences.domain.Preferences;

/** Published in-process when a user replaced their preferences, with who they are (for the daily digest). */
public record PreferencesChanged(Reader reader, Preferences preferences) {}
