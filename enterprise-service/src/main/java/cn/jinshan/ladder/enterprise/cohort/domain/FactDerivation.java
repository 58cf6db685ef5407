package cn.jinshan.ladder.enterprise.cohort.domain;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facts a firm's present state implies: certificate spans of one indicator merged into memberships (a renewal
 * overlapping its predecessor continues the membership), flags entered on their since-date and left on the day they
 * were lost (the state keeps no such date, so the day the loss was recorded); a firm that left the district leaves
 * every membership open on that day (cause LEFT_DISTRICT).
 */
public final class FactDerivation {

    static final String LOST_FLAG = "FLAG_LOST";
    static final String LEFT_DISTRICT = "LEFT_DISTRICT";

    private FactDerivation() {}

    public static List<Fact> derive(FirmState state, List<Fact> active, LocalDate today) {
        FirmState firm = clipped(state);
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
        LocalDate left = firm.leftDistrictOn();
        if (since != null && (left == null || !since.isAfter(left))) {
            facts.add(Fact.entered(firm, indicator, since));
            if (left != null) {
                facts.add(Fact.left(firm.firm(), indicator, since, left, LEFT_DISTRICT));
            }
        }
        return facts;
    }

    /**
     * A firm that left the district ends every certificate span still open on that day there, with the cause
     * LEFT_DISTRICT, and starts none after it.
     */
    private static FirmState clipped(FirmState firm) {
        LocalDate left = firm.leftDistrictOn();
        if (left == null) {
            return firm;
        }
        List<FirmState.Span> spans = firm.certificates().stream()
                .filter(s -> s.start() == null || !s.start().isAfter(left))
                .map(s -> s.end() == null || s.end().isAfter(left)
                        ? new FirmState.Span(s.programme(), s.start(), left, LEFT_DISTRICT)
                        : s)
                .toList();
        return new FirmState(
                firm.firm(),
                firm.name(),
                firm.town(),
                firm.cluster(),
                firm.specialist(),
                firm.aboveScale(),
                firm.aboveScaleSince(),
                firm.digitallyTransformed(),
                firm.digitallyTransformedSince(),
                spans,
                left);
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
