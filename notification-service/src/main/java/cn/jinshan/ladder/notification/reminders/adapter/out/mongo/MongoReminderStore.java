package cn.jinshan.ladder.notification.reminders.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.reminders.application.ReminderStore;
import cn.jinshan.ladder.notification.reminders.domain.Reminder;
import cn.jinshan.ladder.notification.reminders.domain.ReminderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoReminderStore implements ReminderStore {

    private final MongoTemplate mongo;

    MongoReminderStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean planIfAbsent(Reminder r) {
        try {
            mongo.insert(new ReminderDocument(
                    r.id(),
                    r.name(),
                    r.causeKey(),
                    r.enterpriseId(),
                    r.aggregateId(),
                    r.dueAt(),
                    r.values(),
                    r.status().name(),
                    null,
                    null,
                    null,
                    null));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public long cancelPending(String causeKey, Set<String> exceptIds, String reason, Instant at) {
        Query pending = query(where("causeKey")
                .is(causeKey)
                .and("status")
                .is(ReminderStatus.PENDING.name())
                .and("_id")
                .nin(exceptIds));
        return mongo.updateMulti(
                        pending,
                        new Update()
                                .set("status", ReminderStatus.CANCELLED.name())
                                .set("cancelledAt", at)
                                .set("cancelledBy", reason),
                        ReminderDocument.class)
                .getModifiedCount();
    }

    @Override
    public Optional<Reminder> claimDue(Instant now, Instant staleBefore) {
        Query due = query(new Criteria()
                        .orOperator(
                                where("status")
                                        .is(ReminderStatus.PENDING.name())
                                        .and("dueAt")
                                        .lte(now),
                                where("status")
                                        .is(ReminderStatus.FIRING.name())
                                        .and("claimedAt")
                                        .lt(staleBefore)))
                .with(Sort.by("dueAt"));
        ReminderDocument claimed = mongo.findAndModify(
                due,
                new Update().set("status", ReminderStatus.FIRING.name()).set("claimedAt", now),
                FindAndModifyOptions.options().returnNew(true),
                ReminderDocument.class);
        return Optional.ofNullable(claimed).map(MongoReminderStore::toDomain);
    }

    @Override
    public void markFired(String id, Instant at) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                new Update().set("status", ReminderStatus.FIRED.name()).set("firedAt", at),
                ReminderDocument.class);
    }

    @Override
    public List<Reminder> ofEnterprise(String enterpriseId) {
        return mongo
                .find(query(where("enterpriseId").is(enterpriseId)).with(Sort.by("dueAt")), ReminderDocument.class)
                .stream()
                .map(MongoReminderStore::toDomain)
                .toList();
    }

    private static Reminder toDomain(ReminderDocument d) {
        return new Reminder(
                d.id(),
                d.name(),
                d.causeKey(),
                d.enterpriseId(),
                d.aggregateId(),
                d.dueAt(),
                d.values() == null ? Map.of() : d.values(),
                ReminderStatus.valueOf(d.status()));
    }
}
