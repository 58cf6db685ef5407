package cn.jinshan.ladder.enterprise.cohort.domain;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facts a firm's present state implies: certificate spans of one indicator merged into memberships (a renewal
 * overlapping its predecessor continues the membership), flags entered on their since-date and left on the day they
 * were lost (the state keeps no such date, so the day the loss was recorded).
 */
public final class FactDerivation {

    static final String LOST_FLAG = "FLAG_LOST";

    private FactDerivation() {}

    public static List<Fact> derive(FirmState firm, List<Fact> active, LocalDate today) {
        List<Fact> facts = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            if (indicator.fromCertificates()) {
                facts.addAll(fromCertificates(firm, indicator));
            } else {
                facts.addAll(fromFlag(firm, indicator, active, today));
            }
        }
        return facts;
    }

    private static List<Fact> fromCertificates(FirmState firm, Indicator indicator) {
        List<FirmState.Span> spans = firm.certificates().stream()
                .filter(s -> indicator.countsProgramme(s.programme()) && s.start() != null)
                .sorted(Comparator.comparing(FirmState.Span::start))
                .toList();
        List<Fact> facts = new ArrayList<>();
        LocalDate spellStart = null;
        FirmState.Span last = null;
        for (FirmState.Span span : spans) {
            if (last != null && last.end() != null && span.start().isAfter(last.end())) {
                facts.add(Fact.left(firm.firm(), indicator, spellStart, last.end(), last.cause()));
                spellStart = null;
                last = null;
            }
            if (spellStart == null) {
                spellStart = span.start();
                facts.add(Fact.entered(firm, indicator, spellStart));
            }
            if (last == null || later(span.end(), last.end())) {
                last = span;
            }
        }
        if (last != null && last.end() != null) {
            facts.add(Fact.left(firm.firm(), indicator, spellStart, last.end(), last.cause()));
        }
        return facts;
    }

    private static boolean later(LocalDate end, LocalDate than) {
        return end == null || (than != null && end.isAfter(than));
    }

    private static List<Fact> fromFlag(FirmState firm, Indicator indicator, List<Fact> active, LocalDate today) {
        LocalDate since = flagSince(firm, indicator);
        List<Fact> facts = new ArrayList<>();
        List<Fact> earlier = active.stream()
                .filter(f -> f.indicator() == indicator && f.kind() == Fact.Kind.ENTERED)
                .filter(f -> !f.spell().equals(since))
                .toList();
        for (Fact entered : earlier) {
            Fact closing = active.stream()
                    .filter(f -> f.indicator() == indicator && f.kind() == Fact.Kind.LEFT)
                    .filter(f -> f.spell().equals(entered.spell()))
                    .findFirst()
                    .orElse(null);
            if (closing != null) {
                facts.add(entered);
                facts.add(closing);
            } else if (since == null) {
                facts.add(entered);
                facts.add(Fact.left(firm.firm(), indicator, entered.spell(), today, LOST_FLAG));
            }
        }
        if (since != null) {
            facts.add(Fact.entered(firm, indicator, since));
        }
        return facts;
    }

    private static LocalDate flagSince(FirmState firm, Indicator indicator) {
        if (!firm.aboveScale() || firm.aboveScaleSince() == null) {
            return null;
        }
        if (indicator == Indicator.ABOVE_SCALE) {
            return firm.aboveScaleSince();
        }
        if (!firm.digitallyTransformed() || firm.digitallyTransformedSince() == null) {
            return null;
        }
        return firm.digitallyTransformedSince().isAfter(firm.aboveScaleSince())
                ? firm.digitallyTransformedSince()
                : firm.aboveScaleSince();
    }
}
