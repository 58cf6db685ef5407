package cn.jinshan.ladder.enterprise.registry.application;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The order of a list as Mongo sorts it: the chosen field (missing values lowest), ties by credit code ascending;
 * sorted by credit code alone when that is the field.
 */
final class FirmOrder {

    private FirmOrder() {}

    static Comparator<FirmSummary> of(EnterpriseQuery query) {
        EnterpriseQuery.SortField field = query.sort() == null ? EnterpriseQuery.SortField.creditCode : query.sort();
        Comparator<FirmSummary> byId = Comparator.comparing(FirmSummary::id);
        if (field == EnterpriseQuery.SortField.creditCode) {
            return query.descending() ? byId.reversed() : byId;
        }
        Comparator<FirmSummary> byField = switch (field) {
            case legalName -> nullsLowest(FirmSummary::legalName);
            case town -> nullsLowest(FirmSummary::town);
            case cluster -> nullsLowest(FirmSummary::cluster);
            case rung -> Comparator.comparingInt(FirmSummary::rungLevel);
            case registeredAt -> nullsLowest(FirmSummary::registeredAt);
            case creditCode -> byId;
        };
        return (query.descending() ? byField.reversed() : byField).thenComparing(byId);
    }

    private static <T extends Comparable<? super T>> Comparator<FirmSummary> nullsLowest(Function<FirmSummary, T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
