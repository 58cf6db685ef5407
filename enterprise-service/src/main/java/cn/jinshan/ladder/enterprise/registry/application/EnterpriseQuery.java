package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.Rung;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;

/**
 * Filters, sort and page of an enterprise list. {@code onlyId} narrows to one firm (enterprise users), {@code
 * specialist} to a portfolio (matched by subject or username).
 */
public record EnterpriseQuery(
        Rung rung,
        String programme,
        String town,
        String park,
        String cluster,
        Specialist specialist,
        Boolean aboveScale,
        String text,
        String onlyId,
        Status status,
        SortField sort,
        boolean descending,
        int page,
        int size) {

    public static final int MAX_PAGE_SIZE = 100;

    /** ACTIVE: in the district; LEFT: moved out or deregistered; a null status matches both. */
    public enum Status {
        ACTIVE,
        LEFT
    }

    /** The fields a list may be sorted by. */
    public enum SortField {
        creditCode("_id"),
        legalName("profile.legalName"),
        town("profile.town"),
        cluster("profile.cluster"),
        rung("rungLevel"),
        registeredAt("registeredAt");

        private final String path;

        SortField(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public EnterpriseQuery withOnlyId(String id) {
        return new EnterpriseQuery(
                rung,
                programme,
                town,
                park,
                cluster,
                specialist,
                aboveScale,
                text,
                id,
                status,
                sort,
                descending,
                page,
                size);
    }

    public EnterpriseQuery withSpecialist(Specialist portfolio) {
        return new EnterpriseQuery(
                rung,
                programme,
                town,
                park,
                cluster,
                portfolio,
                aboveScale,
                text,
                onlyId,
                status,
                sort,
                descending,
                page,
                size);
    }
}
