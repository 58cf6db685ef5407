package cn.jinshan.ladder.probes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Generates a string matching a simple regular expression: literals, escapes ({@code \d \w \s}), character classes
 * with ranges, groups with alternation and the quantifiers {@code ? * + {n} {n,} {n,m}}. Anything else yields null.
 */
final class Patterns {

    private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

    private final String regex;
    private final SplittableRandom random;
    private int position;

    private Patterns(String regex, SplittableRandom random) {
        this.regex = regex;
        this.random = random;
    }

    /** A string the pattern finds, or null when the pattern is beyond this generator. */
    static String sample(String regex, SplittableRandom random) {
        try {
            Patterns generator = new Patterns(regex, random);
            String value = generator.alternation();
            if (generator.position != regex.length()) {
                return null;
            }
            return Pattern.compile(regex).matcher(value).find() ? value : null;
        } catch (BeyondThisGenerator | IndexOutOfBoundsException | IllegalArgumentException e) {
            return null;
        }
    }

    private String alternation() {
        List<String> branches = new ArrayList<>();
        branches.add(sequence());
        while (position < regex.length() && regex.charAt(position) == '|') {
            position++;
            branches.add(sequence());
        }
        return branches.get(random.nextInt(branches.size()));
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (position < regex.length() && regex.charAt(position) != '|' && regex.charAt(position) != ')') {
            char c = regex.charAt(position);
            if (c == '^' || c == '$') {
                position++;
                continue;
            }
            int start = position;
            atom();
            int[] bounds = quantifier(position);
            int times = bounds[0] + random.nextInt(bounds[1] - bounds[0] + 1);
            for (int i = 0; i < times; i++) {
                position = start;
                out.append(atom());
            }
            position = bounds[2];
        }
        return out.toString();
    }

    /** The quantifier at {@code at} as {minimum, maximum, position after it}. */
    private int[] quantifier(int at) {
        if (at >= regex.length()) {
            return new int[] {1, 1, at};
        }
        char c = regex.charAt(at);
        if (c == '?') {
            return new int[] {0, 1, at + 1};
        }
        if (c == '*') {
            return new int[] {0, 3, at + 1};
        }
        if (c == '+') {
            return new int[] {1, 3, at + 1};
        }
        if (c == '{') {
            int close = regex.indexOf('}', at);
            String[] parts = regex.substring(at + 1, close).split(",", -1);
            int min = Integer.parseInt(parts[0].trim());
            int max = parts.length == 1 ? min : parts[1].isBlank() ? min + 3 : Integer.parseInt(parts[1].trim());
            return new int[] {min, Math.min(max, min + 8), close + 1};
        }
        return new int[] {1, 1, at};
    }

    private String atom() {
        char c = regex.charAt(position++);
        switch (c) {
            case '(' -> {
                if (regex.startsWith("?:", position)) {
                    position += 2;
                } else if (regex.charAt(position) == '?') {
                    throw new BeyondThisGenerator("look-around");
                }
                String inner = alternation();
                expect(')');
                return inner;
            }
            case '[' -> {
                return String.valueOf(characterClass());
            }
            case '\\' -> {
                return String.valueOf(escape(regex.charAt(position++)));
            }
            case '.' -> {
                return String.valueOf(WORD.charAt(random.nextInt(WORD.length())));
            }
            default -> {
                return String.valueOf(c);
            }
        }
    }

    private char characterClass() {
        if (regex.charAt(position) == '^') {
            throw new BeyondThisGenerator("negated class");
        }
        List<Character> choices = new ArrayList<>();
        while (regex.charAt(position) != ']') {
            char c = regex.charAt(position++);
            if (c == '\\') {
                char escaped = regex.charAt(position++);
                if ("dws".indexOf(escaped) >= 0) {
                    choices.add(escape(escaped));
                    continue;
                }
                c = escaped;
            }
            if (regex.charAt(position) == '-' && regex.charAt(position + 1) != ']') {
                char to = regex.charAt(position + 1);
                position += 2;
                for (char x = c; x <= to; x++) {
                    choices.add(x);
                }
            } else {
                choices.add(c);
            }
        }
        position++;
        return choices.get(random.nextInt(choices.size()));
    }

    private char escape(char c) {
        return switch (c) {
            case 'd' -> (char) ('0' + random.nextInt(10));
            case 'w' -> WORD.charAt(random.nextInt(WORD.length()));
            case 's' -> ' ';
            case 'D', 'W', 'S', 'b', 'B', 'p', 'P' -> throw new BeyondThisGenerator("\\" + c);
            default -> c;
        };
    }

    private void expect(char c) {
        if (regex.charAt(position++) != c) {
            throw new BeyondThisGenerator("expected " + c);
        }
    }

    /** A regex construct this generator does not produce strings for (look-around, negated classes, …). */
    private static final class BeyondThisGenerator extends RuntimeException {

        BeyondThisGenerator(String construct) {
            super(construct, null, false, false);
        }
    }
}
