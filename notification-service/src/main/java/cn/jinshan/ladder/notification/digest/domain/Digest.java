package cn.jinshan.ladder.notification.digest.domain;

import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.inbox.domain.LocalizedText;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.inbox.domain.Priority;
import cn.jinshan.ladder.notification.inbox.domain.Recipient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The daily digest of one user: how many items are unread and the titles of the newest ones. */
public final class Digest {

    public static final String EVENT_TYPE = "notification.DailyDigest";
    static final int TITLES = 5;

    private Digest() {}

    /** The source of a user's digest of a day; the item id derives from it, so a day has one digest. */
    public static String sourceOf(String subject, LocalDate day) {
        return "digest:" + subject + ":" + day;
    }

    public static Notification of(String subject, LocalDate day, List<Notification> unread, Instant at) {
        List<Notification> newest = unread.stream().limit(TITLES).toList();
        String more = unread.size() > TITLES ? "…" : "";
        return Notification.create(
                sourceOf(subject, day),
                EVENT_TYPE,
                Recipient.person(subject, null),
                Category.SYSTEM,
                Priority.LOW,
                new LocalizedText(
                        "每日摘要：" + unread.size() + " 条未读通知", "Daily digest: " + unread.size() + " unread notifications"),
                new LocalizedText(
                        newest.stream().map(n -> n.title().zh()).collect(Collectors.joining("；")) + more,
                        newest.stream().map(n -> n.title().en()).collect(Collectors.joining("; ")) + more),
                "/notifications",
                at);
    }
}
