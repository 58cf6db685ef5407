package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseQuery;
import cn.jinshan.ladder.enterprise.registry.domain.Rung;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/** The query parameters of enterprise lists and exports, checked and turned into a query. */
record ListParameters(
        Rung rung,
        String programme,
        String town,
        String park,
        String cluster,
        String specialist,
        Boolean aboveScale,
        String q,
        EnterpriseQuery.Status status,
        EnterpriseQuery.SortField sort,
        String direction,
        Integer page,
        Integer size) {

    static final int DEFAULT_SIZE = 20;

    EnterpriseQuery toQuery(boolean paged) {
        List<RuleViolation> violations = new ArrayList<>();
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 0) {
            violations.add(new RuleViolation("page", "min", "Pages are numbered from 0"));
        }
        if (paged && (pageSize < 1 || pageSize > EnterpriseQuery.MAX_PAGE_SIZE)) {
            violations.add(new RuleViolation(
                    "size", "range", "The page size must be between 1 and " + EnterpriseQuery.MAX_PAGE_SIZE));
        }
        if (direction != null && !direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
            violations.add(new RuleViolation("direction", "enum", "Use asc or desc"));
        }
        if (q != null && q.length() > 100) {
            violations.add(new RuleViolation("q", "size", "At most 100 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new EnterpriseQuery(
                rung,
                blankToNull(programme),
                blankToNull(town),
                blankToNull(park),
                blankToNull(cluster),
                null,
                aboveScale,
                blankToNull(q),
                null,
                status == null ? EnterpriseQuery.Status.ACTIVE : status,
                sort,
                "desc".equalsIgnoreCase(direction),
                pageNumber,
                pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
