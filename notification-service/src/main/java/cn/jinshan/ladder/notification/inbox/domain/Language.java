package cn.jinshan.ladder.notification.inbox.domain;

import java.util.Locale;

/** The two languages notifications are written in. */
public enum Language {
    ZH,
    EN;

    /** English when the first language range of an {@code Accept-Language} value is English, else Chinese. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        String first = header.split(",")[0].trim().toLowerCase(Locale.ROOT);
        return first.startsWith("en") ? EN : ZH;
    }
}
