package cn.jinshan.ladder.notification.preferences.application;

import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.preferences.domain.Channel;
import cn.jinshan.ladder.notification.push.application.PushDecision;
import cn.jinshan.ladder.notification.push.application.PushPolicy;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Web Push follows each user's preferences: off per category, held through quiet hours unless critical. */
@Component
class PreferencePushPolicy implements PushPolicy {

    private final UserPreferences preferences;
    private final Clock clock;

    PreferencePushPolicy(UserPreferences preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    @Override
    public PushDecision decide(String subject, Notification notification) {
        Instant now = clock.instant();
        return preferences
                .of(subject)
                .interruptionAllowedAt(notification.category(), notification.priority(), Channel.WEB_PUSH, now)
                .map(at -> at.isAfter(now) ? PushDecision.holdUntil(at) : PushDecision.sendNow())
                .orElseGet(PushDecision::skip);
    }
}
