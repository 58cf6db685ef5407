package cn.jinshan.ladder.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Looks for credentials in log files: JWTs, bearer values, the demo password and the dev realm's client secrets. */
final class LogScan {

    private static final Pattern LOGGER = Pattern.compile("\"logger(?:_name)?\"\\s*:\\s*\"([^\"]+)\"");

    /** What was scanned and what was found. */
    record Result(int files, long lines, List<String> findings) {}

    private final Map<String, Pattern> patterns;

    LogScan(Map<String, Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The patterns of issue 8, security 7: JWT-shaped strings, {@code Bearer <value>}, and the given literals. */
    static LogScan forSecrets(Map<String, String> literals) {
        Map<String, Pattern> patterns = new java.util.LinkedHashMap<>();
        patterns.put("jwt", Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\."));
        patterns.put("bearer", Pattern.compile("Bearer\\s+[A-Za-z0-9._~+/-]{8,}"));
        literals.forEach((name, literal) -> patterns.put(name, Pattern.compile(Pattern.quote(literal))));
        return new LogScan(patterns);
    }

    Result scan(List<Path> files) {
        long lines = 0;
        List<String> findings = new ArrayList<>();
        for (Path file : files) {
            long number = 0;
            try (BufferedReader reader = reader(file)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    number++;
                    for (Map.Entry<String, Pattern> pattern : patterns.entrySet()) {
                        Matcher matcher = pattern.getValue().matcher(line);
                        if (matcher.find()) {
                            findings.add(describe(file, number, pattern.getKey(), line, matcher));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines += number;
        }
        return new Result(files.size(), lines, findings);
    }

    /** The regular files directly in {@code dir} (none if it does not exist). */
    static List<Path> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where and what, with the secret itself masked so the report does not repeat it. */
    private static String describe(Path file, long line, String kind, String text, Matcher matcher) {
        Matcher logger = LOGGER.matcher(text);
        String masked = text.substring(Math.max(0, matcher.start() - 60), matcher.start()) + "<" + kind + " masked>";
        return file + ":" + line + " " + kind + (logger.find() ? " logger=" + logger.group(1) : "") + " … " + masked;
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }
}
