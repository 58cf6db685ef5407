package cn.jinshan.ladder.notification.preferences.adapter.out.mongo;

import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A user's preferences as stored, keyed by subject. */
@Document("preferences")
record PreferenceDocument(
        @Id String subject,
        Map<String, List<String>> channels,
        boolean quietHoursEnabled,
        String quietHoursStart,
        String quietHoursEnd,
        boolean criticalBypassesQuietHours,
        boolean dailyDigest,
        Integer digestHour) {}
