package cn.jinshan.ladder.notification.preferences.domain;

import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.inbox.domain.Priority;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A user's choices: the channels per category, quiet hours, whether critical items bypass them, and a daily digest of
 * unread items at an hour of the day (Asia/Shanghai).
 */
public record Preferences(
        String subject,
        Map<Category, Set<Channel>> channels,
        QuietHours quietHours,
        boolean criticalBypassesQuietHours,
        boolean dailyDigest,
        int digestHour) {

    /** The Asia/Shanghai hour of the daily digest unless the user chooses another. */
    public static final int DEFAULT_DIGEST_HOUR = 8;

    public Preferences {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("digestHour must be 0 to 23");
        }
        Objects.requireNonNull(subject, "subject");
        Map<Category, Set<Channel>> copy = new EnumMap<>(Category.class);
        channels.forEach((category, set) -> copy.put(category, Set.copyOf(set)));
        channels = Map.copyOf(copy);
        Objects.requireNonNull(quietHours, "quietHours");
    }

    /** Inbox and Web Push for every category, quiet hours 22:00–08:00, critical items bypass them, no digest. */
    public static Preferences defaultsFor(String subject) {
        Map<Category, Set<Channel>> channels = new EnumMap<>(Category.class);
        Arrays.stream(Category.values()).forEach(c -> channels.put(c, EnumSet.of(Channel.INBOX, Channel.WEB_PUSH)));
        return new Preferences(subject, channels, QuietHours.standard(), true, false, DEFAULT_DIGEST_HOUR);
    }

    public boolean wants(Category category, Channel channel) {
        return channel == Channel.INBOX
                || channels.getOrDefault(category, Set.of()).contains(channel);
    }

    /**
     * When an interrupting channel may deliver an item: empty for never (the user turned it off), {@code now} when it
     * may go now, else the end of the quiet hours it falls in.
     */
    public Optional<Instant> interruptionAllowedAt(Category category, Priority priority, Channel channel, Instant now) {
        if (!wants(category, channel)) {
            return Optional.empty();
        }
        if (priority == Priority.CRITICAL && criticalBypassesQuietHours) {
            return Optional.of(now);
        }
        return Optional.of(quietHours.endOfWindowContaining(now).orElse(now));
    }
}
