package cn.jinshan.ladder.certification.programme.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A certification programme of the ladder (e.g. {@code SPECIALIZED_NEW} 专精特新) with its rule versions and its
 * application windows. {@code rung} is its place on the ladder (null for programmes beside it), {@code
 * higherReview} whether a municipal or national body decides after the district recommends.
 */
public record Programme(
        String code,
        String name,
        Level level,
        String authority,
        Integer rung,
        boolean higherReview,
        List<RuleVersion> ruleVersions,
        List<ApplicationWindow> windows) {

    public Programme {
        ruleVersions = ruleVersions == null ? List.of() : List.copyOf(ruleVersions);
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    /** The same programme under another code. */
    public Programme withCode(String newCode) {
        return new Programme(newCode, name, level, authority, rung, higherReview, ruleVersions, windows);
    }

    public Optional<RuleVersion> ruleVersion(String id) {
        return ruleVersions.stream().filter(version -> version.id().equals(id)).findFirst();
    }

    /** The rule version in force on a day: the latest that took effect on or before it (else the earliest). */
    public Optional<RuleVersion> ruleVersionOn(LocalDate day) {
        Comparator<RuleVersion> byStart = Comparator.comparing(RuleVersion::effectiveFrom);
        Optional<RuleVersion> inForce = ruleVersions.stream()
                .filter(version -> !version.effectiveFrom().isAfter(day))
                .max(byStart);
        return inForce.or(() -> ruleVersions.stream().min(byStart));
    }

    /** The window open on a day, else the next one to open after it, if any. */
    public Optional<ApplicationWindow> windowOpenOrNext(LocalDate day) {
        return windowOpenOn(day)
                .or(() -> windows.stream()
                        .filter(window -> window.opensOn().isAfter(day))
                        .min(Comparator.comparing(ApplicationWindow::opensOn)));
    }

    /** The window open on a day, if any. */
    public Optional<ApplicationWindow> windowOpenOn(LocalDate day) {
        return windows.stream().filter(window -> window.isOpenOn(day)).findFirst();
    }

    public boolean incomplete() {
        return !missing().isEmpty();
    }

    /** What is missing across the programme, each entry prefixed with its rule version. */
    public List<String> missing() {
        if (ruleVersions.isEmpty()) {
            return List.of("ruleVersions");
        }
        return ruleVersions.stream()
                .flatMap(version -> version.missing().stream().map(item -> version.id() + ": " + item))
                .toList();
    }

    /** A copy with one rule version added or replaced (by id). */
    public Programme withRuleVersion(RuleVersion version) {
        List<RuleVersion> others = ruleVersions.stream()
                .filter(existing -> !existing.id().equals(version.id()))
                .toList();
        return new Programme(code, name, level, authority, rung, higherReview, append(others, version), windows);
    }

    /** A copy with one window added or replaced (by id). */
    public Programme withWindow(ApplicationWindow window) {
        List<ApplicationWindow> others = windows.stream()
                .filter(existing -> !existing.id().equals(window.id()))
                .toList();
        return new Programme(code, name, level, authority, rung, higherReview, ruleVersions, append(others, window));
    }

    private static <T> List<T> append(List<T> list, T item) {
        return Stream.concat(list.stream(), Stream.of(item)).toList();
    }
}
