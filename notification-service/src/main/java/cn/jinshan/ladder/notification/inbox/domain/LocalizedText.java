package cn.jinshan.ladder.notification.inbox.domain;

import java.util.Objects;

/** A text in Simplified Chinese (the default) and English. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The English text when the language asked for is English, else the Chinese one. */
    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }
}
