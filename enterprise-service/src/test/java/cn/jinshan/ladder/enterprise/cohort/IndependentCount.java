package cn.jinshan.ladder.enterprise.cohort;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Holding;
import cn.jinshan.ladder.enterprise.registry.domain.HoldingStatus;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts a cohort straight from enterprises' holdings and flags, without the fact log: a firm entered with a holding
 * no earlier holding of the programme still covered; it is still in when a holding of that membership is active.
 */
final class IndependentCount {

    final Set<String> gross = new TreeSet<>();
    final Set<String> net = new TreeSet<>();
    final Set<String> stock = new TreeSet<>();

    private final Indicator indicator;
    private final LocalDate from;
    private final LocalDate to;

    IndependentCount(Indicator indicator, LocalDate from, LocalDate to) {
        this.indicator = indicator;
        this.from = from;
        this.to = to;
    }

    void add(Enterprise enterprise) {
        String id = enterprise.id().value();
        if (!indicator.fromCertificates()) {
            LocalDate since = flagSince(enterprise.profile());
            if (since != null && !since.isBefore(from) && !since.isAfter(to)) {
                gross.add(id);
                net.add(id);
            }
            return;
        }
        List<Holding> held = enterprise.holdings().stream()
                .filter(h -> programme(h.programme()))
                .sorted(Comparator.comparing(IndependentCount::start).thenComparing(Holding::certificateId))
                .toList();
        List<Holding> entries = held.stream()
                .filter(h -> held.stream()
                        .takeWhile(other -> other != h)
                        .noneMatch(other -> end(other) == null || !start(h).isAfter(end(other))))
                .toList();
        for (int i = 0; i < entries.size(); i++) {
            LocalDate begins = start(entries.get(i));
            LocalDate next = i + 1 < entries.size() ? start(entries.get(i + 1)) : LocalDate.MAX;
            boolean active = held.stream()
                    .filter(h -> !start(h).isBefore(begins) && start(h).isBefore(next))
                    .anyMatch(h -> h.status() == HoldingStatus.ACTIVE);
            if (!begins.isBefore(from) && !begins.isAfter(to)) {
                gross.add(id);
                if (active) {
                    net.add(id);
                }
            }
            if (active && !begins.isAfter(to)) {
                stock.add(id);
            }
        }
    }

    private boolean programme(String programme) {
        return switch (indicator) {
            case SPECIALIZED_NEW -> "SPECIALIZED_NEW".equals(programme);
            case TECH_CENTER -> programme != null && programme.startsWith("TECH_CENTER");
            case LISTED -> "LISTING".equals(programme);
            case HEADQUARTERS -> "HEADQUARTERS".equals(programme);
            default -> false;
        };
    }

    private LocalDate flagSince(Profile p) {
        if (!p.aboveScale() || p.aboveScaleSince() == null) {
            return null;
        }
        if (indicator == Indicator.ABOVE_SCALE) {
            return p.aboveScaleSince();
        }
        if (!p.digitallyTransformed() || p.digitallyTransformedSince() == null) {
            return null;
        }
        return p.digitallyTransformedSince().isAfter(p.aboveScaleSince())
                ? p.digitallyTransformedSince()
                : p.aboveScaleSince();
    }

    private static LocalDate start(Holding h) {
        return h.announcedOn() != null ? h.announcedOn() : h.validFrom();
    }

    private static LocalDate end(Holding h) {
        return switch (h.status()) {
            case ACTIVE -> null;
            case EXPIRED -> h.validUntil();
            case REVOKED ->
                h.updatedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        };
    }
}
