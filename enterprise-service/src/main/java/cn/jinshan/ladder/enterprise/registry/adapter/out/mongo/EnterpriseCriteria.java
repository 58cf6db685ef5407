package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseQuery;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Turns a list query into plain Mongo filters (equality, one element match, a case-insensitive regex). */
final class EnterpriseCriteria {

    private EnterpriseCriteria() {}

    static Query of(EnterpriseQuery q) {
        List<Criteria> all = new ArrayList<>();
        if (q.onlyId() != null) {
            all.add(Criteria.where("_id").is(q.onlyId()));
        }
        if (q.status() == EnterpriseQuery.Status.ACTIVE) {
            all.add(Criteria.where("departure").is(null));
        } else if (q.status() == EnterpriseQuery.Status.LEFT) {
            all.add(Criteria.where("departure").ne(null));
        }
        if (q.rung() != null) {
            all.add(Criteria.where("rung").is(q.rung().name()));
        }
        if (q.programme() != null) {
            all.add(Criteria.where("holdings")
                    .elemMatch(Criteria.where("programme")
                            .is(q.programme())
                            .and("status")
                            .is("ACTIVE")));
        }
        equal(all, "profile.town", q.town());
        equal(all, "profile.park", q.park());
        equal(all, "profile.cluster", q.cluster());
        if (q.aboveScale() != null) {
            all.add(Criteria.where("profile.aboveScale").is(q.aboveScale()));
        }
        if (q.specialist() != null) {
            all.add(portfolio(q.specialist()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            Pattern pattern = Pattern.compile(Pattern.quote(q.text().trim()), Pattern.CASE_INSENSITIVE);
            all.add(new Criteria()
                    .orOperator(
                            Criteria.where("profile.legalName").regex(pattern),
                            Criteria.where("profile.shortName").regex(pattern),
                            Criteria.where("_id").regex(pattern)));
        }
        Query query = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all));
        EnterpriseDocument.HEAVY_FIELDS.forEach(field -> query.fields().exclude(field));
        return query;
    }

    private static Criteria portfolio(Specialist specialist) {
        List<Criteria> either = new ArrayList<>();
        if (specialist.subject() != null) {
            either.add(Criteria.where("specialist.subject").is(specialist.subject()));
        }
        if (specialist.username() != null) {
            either.add(Criteria.where("specialist.username").is(specialist.username()));
        }
        return either.isEmpty() ? Criteria.where("_id").is(null) : new Criteria().orOperator(either);
    }

    private static void equal(List<Criteria> all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.add(Criteria.where(field).is(value));
        }
    }
}
