package cn.jinshan.ladder.notification.preferences.adapter.in.web;

import cn.jinshan.ladder.kit.security.CurrentUser;
import cn.jinshan.ladder.notification.inbox.application.Readers;
import cn.jinshan.ladder.notification.preferences.application.PreferencesCommand;
import cn.jinshan.ladder.notification.preferences.application.UserPreferences;
import cn.jinshan.ladder.notification.preferences.domain.Preferences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/preferences")
class PreferencesController {

    private final UserPreferences preferences;

    PreferencesController(UserPreferences preferences) {
        this.preferences = preferences;
    }

    /** The caller's preferences; times are Asia/Shanghai. */
    record PreferencesView(
            Map<String, List<String>> channels,
            QuietHoursView quietHours,
            boolean criticalBypassesQuietHours,
            boolean dailyDigest,
            int digestHour,
            String timeZone) {}

    /** The quiet-hours window. */
    record QuietHoursView(boolean enabled, String start, String end) {}

    @GetMapping
    PreferencesView get(CurrentUser user) {
        return view(preferences.of(user.subject()));
    }

    @PutMapping
    PreferencesView replace(CurrentUser user, @RequestBody PreferencesCommand command) {
        return view(preferences.replace(Readers.of(user), command));
    }

    private static PreferencesView view(Preferences p) {
        Map<String, List<String>> channels = new LinkedHashMap<>();
        p.channels().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> channels.put(
                        e.getKey().name(),
                        e.getValue().stream().map(Enum::name).sorted().toList()));
        return new PreferencesView(
                channels,
                new QuietHoursView(
                        p.quietHours().enabled(),
                        p.quietHours().start().toString(),
                        p.quietHours().end().toString()),
                p.criticalBypassesQuietHours(),
                p.dailyDigest(),
                p.digestHour(),
                "Asia/Shanghai");
    }
}
