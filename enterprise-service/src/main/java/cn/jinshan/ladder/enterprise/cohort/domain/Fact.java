package cn.jinshan.ladder.enterprise.cohort.domain;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One bitemporal fact of the cohort log: a firm ENTERED an indicator on {@code on} (its announcement date) or LEFT it
 * (revoked, expired, lost the flag), or a RETRACTED earlier fact; {@code spell} is the entry date of the membership the
 * fact belongs to, {@code recordedAt} when the system learnt it. Facts are never changed, only retracted.
 */
public record Fact(
        String id,
        String firm,
        Indicator indicator,
        Kind kind,
        LocalDate spell,
        LocalDate on,
        String cause,
        String name,
        String town,
        String cluster,
        String specialist,
        String retracts,
        Instant recordedAt) {

    /** What a fact says. */
    public enum Kind {
        ENTERED,
        LEFT,
        RETRACTED
    }

    static Fact entered(FirmState firm, Indicator indicator, LocalDate on) {
        return new Fact(
                null,
                firm.firm(),
                indicator,
                Kind.ENTERED,
                on,
                on,
                null,
                firm.name(),
                firm.town(),
                firm.cluster(),
                firm.specialist(),
                null,
                null);
    }

    static Fact left(String firm, Indicator indicator, LocalDate spell, LocalDate on, String cause) {
        return new Fact(null, firm, indicator, Kind.LEFT, spell, on, cause, null, null, null, null, null, null);
    }

    Fact retraction(String newId, Instant at) {
        return new Fact(newId, firm, indicator, Kind.RETRACTED, spell, on, null, null, null, null, null, id, at);
    }

    Fact recorded(String newId, Instant at) {
        return new Fact(newId, firm, indicator, kind, spell, on, cause, name, town, cluster, specialist, retracts, at);
    }

    /** Same statement, whatever its id and recording time. */
    boolean says(Fact other) {
        return indicator == other.indicator
                && kind == other.kind
                && Objects.equals(firm, other.firm)
                && Objects.equals(spell, other.spell)
                && Objects.equals(on, other.on)
                && Objects.equals(cause, other.cause)
                && Objects.equals(name, other.name)
                && Objects.equals(town, other.town)
                && Objects.equals(cluster, other.cluster)
                && Objects.equals(specialist, other.specialist);
    }

    /** The year bucket the fact is filed under: the year its membership began. */
    public int bucketYear() {
        return spell.getYear();
    }
}
