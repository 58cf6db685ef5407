package cn.jinshan.ladder.probes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds stack traces, exception and internal class or package names in a response body. */
final class Leaks {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("Exception\\b"),
            Pattern.compile("\tat "),
            Pattern.compile("\\\\tat "),
            Pattern.compile("\\bat [a-z][a-z0-9_]*\\.[a-z][\\w$.]*\\("),
            Pattern.compile("cn\\.jinshan"),
            Pattern.compile("java\\.lang"),
            Pattern.compile("java\\.util"),
            Pattern.compile("org\\.springframework"),
            Pattern.compile("org\\.apache"),
            Pattern.compile("tools\\.jackson"),
            Pattern.compile("com\\.fasterxml"),
            Pattern.compile("com\\.mongodb"),
            Pattern.compile("org\\.bson"));

    private Leaks() {}

    private static String wordAround(String body, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 80 && Character.isLetterOrDigit(body.charAt(from - 1))) {
            from--;
        }
        return body.substring(from, end);
    }

    /** The first internal detail in the body that the request did not itself contain, or null. */
    static String find(String body, String request) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(body);
            while (matcher.find()) {
                String word = wordAround(body, matcher.start(), matcher.end());
                if (!request.contains(word)) {
                    int from = Math.max(0, matcher.start() - 40);
                    int to = Math.min(body.length(), matcher.end() + 60);
                    return "'" + word + "' in …" + RequestPlan.shorten(body.substring(from, to), 120) + "…";
                }
            }
        }
        return null;
    }
}
