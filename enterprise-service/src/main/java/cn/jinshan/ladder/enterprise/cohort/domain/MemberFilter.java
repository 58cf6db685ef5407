package cn.jinshan.ladder.enterprise.cohort.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Which members of a cohort a drill-down lists: the same predicates the figures are counted with. */
public record MemberFilter(Scope scope, Integer year, String town, String cluster, String specialist) {

    static final String UNKNOWN = "(none)";

    /** GROSS: entrants in the window; NET: entrants still in; LEFT: entrants gone; STOCK: every firm in at as-of. */
    public enum Scope {
        GROSS,
        NET,
        LEFT,
        STOCK
    }

    /** The entry window of a cohort. */
    public record Window(LocalDate from, LocalDate to) {

        boolean entered(Member member) {
            return !member.enteredOn().isBefore(from) && !member.enteredOn().isAfter(to);
        }
    }

    public List<Member> apply(List<Member> members, Window window) {
        return members.stream()
                .filter(m -> switch (scope) {
                    case GROSS -> window.entered(m);
                    case NET -> window.entered(m) && m.net();
                    case LEFT -> window.entered(m) && !m.net();
                    case STOCK -> m.net();
                })
                .filter(m -> year == null || m.year() == year)
                .filter(m -> town == null || Objects.equals(label(m.town()), town))
                .filter(m -> cluster == null || Objects.equals(label(m.cluster()), cluster))
                .filter(m -> specialist == null || Objects.equals(label(m.specialist()), specialist))
                .toList();
    }

    /** A breakdown key: the value, or {@code (none)} when the firm has none. */
    public static String label(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
