package cn.jinshan.ladder.kit.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans log output for secrets: JWT-shaped strings, {@code Bearer} credentials, password values and client secrets.
 * Use it over Spring Boot's {@code CapturedOutput} (from {@code OutputCaptureExtension}) or a log file after a test
 * has made calls with good and bad tokens: {@code LogScan.assertClean(output)}.
 */
public final class LogScan {

    private static final Set<String> NOT_A_VALUE = Set.of("null", "[hidden]", "******", "***", "<masked>", "");
    private static final Map<String, Pattern> PATTERNS = Map.of(
            "jwt", Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\."),
            "bearer", Pattern.compile("(?i)\\bbearer\\s+([A-Za-z0-9._~+/=-]{8,})"),
            "password", Pattern.compile("(?i)\\b(?:password|passwd)\\b\\\\?\"?\\s*[:=]\\s*\\\\?\"?([^\\s\",;&}\\\\]*)"),
            "client secret",
                    Pattern.compile("(?i)\\bclient[_.-]?secret\\b\\\\?\"?\\s*[:=]\\s*\\\\?\"?([^\\s\",;&}\\\\]*)"));

    private LogScan() {}

    /** A secret found on a line; the excerpt is masked so the report does not leak it again. */
    public record Finding(int line, String kind, String excerpt) {}

    /** What a scan saw: how many lines, and every finding. */
    public record Result(int lines, List<Finding> findings) {

        public Result {
            findings = List.copyOf(findings);
        }

        public boolean clean() {
            return findings.isEmpty();
        }
    }

    public static Result scan(CharSequence output) {
        String[] lines = output.toString().split("\\R", -1);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            for (Map.Entry<String, Pattern> pattern : PATTERNS.entrySet()) {
                Matcher matcher = pattern.getValue().matcher(lines[i]);
                while (matcher.find()) {
                    if (matcher.groupCount() == 0
                            || !NOT_A_VALUE.contains(matcher.group(1).toLowerCase())) {
                        findings.add(new Finding(i + 1, pattern.getKey(), mask(matcher.group())));
                    }
                }
            }
        }
        int counted = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        return new Result(counted, findings);
    }

    public static Result scan(Path file) {
        try {
            return scan(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scans and fails with the (masked) findings if any secret is in the output; returns the result otherwise. */
    public static Result assertClean(CharSequence output) {
        Result result = scan(output);
        if (!result.clean()) {
            throw new AssertionError("the log contains secrets: " + result.findings());
        }
        return result;
    }

    private static String mask(String match) {
        return match.length() <= 12
                ? match.substring(0, Math.min(4, match.length())) + "…"
                : match.substring(0, 12) + "…(" + match.length() + " chars)";
    }
}
