package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.HoldingStatus;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the in-process list read model keeps of a firm: the fields lists filter and sort on, the stored version (a
 * newer version always wins) and the ids of its pending changes (what the pending-changes relay looks at).
 */
public record FirmSummary(
        String id,
        String legalName,
        String shortName,
        String town,
        String park,
        String cluster,
        boolean aboveScale,
        String rung,
        int rungLevel,
        Instant registeredAt,
        String specialistSubject,
        String specialistUsername,
        boolean left,
        Set<String> activeProgrammes,
        long version,
        Set<String> pendingChanges) {

    public FirmSummary {
        activeProgrammes = Set.copyOf(activeProgrammes);
        pendingChanges = Set.copyOf(pendingChanges);
    }

    /** The summary of an enterprise as stored at {@code version} with the given pending changes. */
    public static FirmSummary of(Enterprise e, long version, Set<String> pendingChanges) {
        Specialist specialist = e.specialist();
        return new FirmSummary(
                e.id().value(),
                e.profile().legalName(),
                e.profile().shortName(),
                e.profile().town(),
                e.profile().park(),
                e.profile().cluster(),
                e.profile().aboveScale(),
                e.rung().name(),
                e.rung().ordinal(),
                e.registeredAt(),
                specialist == null ? null : specialist.subject(),
                specialist == null ? null : specialist.username(),
                e.departure() != null,
                e.holdings().stream()
                        .filter(h -> h.status() == HoldingStatus.ACTIVE && h.programme() != null)
                        .map(h -> h.programme())
                        .collect(Collectors.toSet()),
                version,
                pendingChanges);
    }

    FirmSummary withPending(Set<String> pending) {
        return new FirmSummary(
                id,
                legalName,
                shortName,
                town,
                park,
                cluster,
                aboveScale,
                rung,
                rungLevel,
                registeredAt,
                specialistSubject,
                specialistUsername,
                left,
                activeProgrammes,
                version,
                pending);
    }

    FirmSummary plusPending(String changeId) {
        Set<String> pending = new HashSet<>(pendingChanges);
        pending.add(changeId);
        return withPending(pending);
    }

    /** The same predicates the Mongo filter of a list applies (equality, one active holding, a quoted regex). */
    boolean matches(EnterpriseQuery q, Pattern text) {
        return (q.onlyId() == null || q.onlyId().equals(id))
                && (q.status() == null || (q.status() == EnterpriseQuery.Status.LEFT) == left)
                && (q.rung() == null || q.rung().name().equals(rung))
                && (q.programme() == null || activeProgrammes.contains(q.programme()))
                && equal(q.town(), town)
                && equal(q.park(), park)
                && equal(q.cluster(), cluster)
                && (q.aboveScale() == null || q.aboveScale() == aboveScale)
                && (q.specialist() == null || inPortfolio(q.specialist()))
                && (text == null || found(text, legalName) || found(text, shortName) || found(text, id));
    }

    private boolean inPortfolio(Specialist specialist) {
        return (specialist.subject() != null && specialist.subject().equals(specialistSubject))
                || (specialist.username() != null && specialist.username().equals(specialistUsername));
    }

    private static boolean equal(String wanted, String value) {
        return wanted == null || wanted.isBlank() || Objects.equals(wanted, value);
    }

    private static boolean found(Pattern text, String value) {
        return value != null && text.matcher(value).find();
    }
}
