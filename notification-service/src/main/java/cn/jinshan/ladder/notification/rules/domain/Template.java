package cn.jinshan.ladder.notification.rules.domain;

import cn.jinshan.ladder.notification.inbox.domain.LocalizedText;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message in zh-CN and English with {@code {field}} placeholders filled from an event's facts. */
public record Template(String zh, String en) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    public Template {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public LocalizedText render(Map<String, String> values) {
        return new LocalizedText(fill(zh, values), fill(en, values));
    }

    /** The field names the template reads. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String text : new String[] {zh, en}) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The text with each placeholder replaced by its value (empty when the value is missing). */
    public static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER
                .matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
    }
}
