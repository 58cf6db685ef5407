package cn.jinshan.ladder.notification.preferences.application;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.preferences.domain.Channel;
import cn.jinshan.ladder.notification.preferences.domain.Preferences;
import cn.jinshan.ladder.notification.preferences.domain.QuietHours;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Preferences as a user sends them: names and {@code HH:mm} times, checked into {@link Preferences}. */
public record PreferencesCommand(
        Map<String, List<String>> channels,
        QuietHoursInput quietHours,
        Boolean criticalBypassesQuietHours,
        Boolean dailyDigest,
        Integer digestHour) {

    /** Quiet hours as sent. */
    public record QuietHoursInput(Boolean enabled, String start, String end) {}

    public Preferences toPreferences(String subject) {
        List<RuleViolation> violations = new ArrayList<>();
        Preferences defaults = Preferences.defaultsFor(subject);
        Map<Category, Set<Channel>> chosen = new EnumMap<>(defaults.channels());
        if (channels != null) {
            channels.forEach((category, names) -> {
                if (!names(Category.values()).contains(category)) {
                    violations.add(new RuleViolation(
                            "channels." + category, "oneOf", "category must be one of " + names(Category.values())));
                    return;
                }
                Set<Channel> set = EnumSet.noneOf(Channel.class);
                for (String name : names == null ? List.<String>of() : names) {
                    if (names(Channel.values()).contains(name)) {
                        set.add(Channel.valueOf(name));
                    } else {
                        violations.add(new RuleViolation(
                                "channels." + category, "oneOf", "channels must be among " + names(Channel.values())));
                    }
                }
                chosen.put(Category.valueOf(category), set);
            });
        }
        QuietHours quiet = quietHours(defaults.quietHours(), violations);
        if (digestHour != null && (digestHour < 0 || digestHour > 23)) {
            violations.add(new RuleViolation("digestHour", "range", "digestHour must be an hour from 0 to 23"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Preferences(
                subject,
                chosen,
                quiet,
                criticalBypassesQuietHours == null || criticalBypassesQuietHours,
                dailyDigest != null && dailyDigest,
                digestHour == null ? Preferences.DEFAULT_DIGEST_HOUR : digestHour);
    }

    private QuietHours quietHours(QuietHours defaults, List<RuleViolation> violations) {
        if (quietHours == null) {
            return defaults;
        }
        LocalTime start = time(quietHours.start(), "quietHours.start", defaults.start(), violations);
        LocalTime end = time(quietHours.end(), "quietHours.end", defaults.end(), violations);
        return new QuietHours(quietHours.enabled() == null || quietHours.enabled(), start, end);
    }

    private static LocalTime time(String value, String field, LocalTime fallback, List<RuleViolation> violations) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new RuleViolation(field, "time", field + " must be a time like 22:00"));
            return fallback;
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
