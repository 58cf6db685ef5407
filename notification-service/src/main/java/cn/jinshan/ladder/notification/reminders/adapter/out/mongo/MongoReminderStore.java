package cn.jinshan.ladder.notification.reminders.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.mongo.ByIds;
import cn.jinshan.ladder.notification.mongo.DueBuckets;
import cn.jinshan.ladder.notification.mongo.IdLists;
import cn.jinshan.ladder.notification.reminders.application.ReminderStore;
import cn.jinshan.ladder.notification.reminders.domain.Reminder;
import cn.jinshan.ladder.notification.reminders.domain.ReminderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Reminders by id, with look-up documents instead of secondary indexes: the reminders of a cause (cancelled together),
 * of a firm (listed for officials) and of a due day (polled for firing). Every read is by {@code _id}, so the MongoDB
 * stand-in never scans the collection.
 */
@Repository
class MongoReminderStore implements ReminderStore {

    private static final int MAX_RETRIES = 5;

    private final MongoTemplate mongo;
    private final IdLists causes;
    private final IdLists firms;
    private final DueBuckets dueDays;

    MongoReminderStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.causes = new IdLists(mongo, ReminderDocument.BY_CAUSE);
        this.firms = new IdLists(mongo, ReminderDocument.BY_FIRM);
        this.dueDays = new DueBuckets(mongo, ReminderDocument.BY_DUE_DAY);
    }

    /** Stores the reminder, then lists it under its cause, firm and due day (again on a repeat, which is harmless). */
    @Override
    public boolean planIfAbsent(Reminder r) {
        boolean added;
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
                    null,
                    0));
            added = true;
        } catch (DuplicateKeyException e) {
            added = false;
        }
        list(r.id(), r.causeKey(), r.enterpriseId(), r.dueAt());
        return added;
    }

    void list(String id, String causeKey, String enterpriseId, Instant dueAt) {
        causes.add(causeKey, id);
        if (enterpriseId != null) {
            firms.add(enterpriseId, id);
        }
        dueDays.add(id, dueAt);
    }

    @Override
    public long cancelPending(String causeKey, Set<String> exceptIds, String reason, Instant at) {
        List<String> candidates = new ArrayList<>(causes.of(causeKey));
        candidates.removeAll(exceptIds);
        Map<String, ReminderDocument> found = byId(candidates);
        long cancelled = 0;
        List<String> settled = new ArrayList<>();
        for (String id : candidates) {
            ReminderDocument reminder = found.get(id);
            if (reminder != null && cancel(reminder, reason, at)) {
                cancelled++;
                settled.add(id);
            } else if (reminder == null || isSettled(reminder.status())) {
                settled.add(id);
            }
        }
        causes.remove(causeKey, settled);
        return cancelled;
    }

    /** Cancels a pending reminder with a version-checked write; false once it is no longer pending. */
    private boolean cancel(ReminderDocument reminder, String reason, Instant at) {
        ReminderDocument current = reminder;
        for (int attempt = 0; attempt < MAX_RETRIES && current != null; attempt++) {
            if (!ReminderStatus.PENDING.name().equals(current.status())) {
                return false;
            }
            Update update = new Update()
                    .set("status", ReminderStatus.CANCELLED.name())
                    .set("cancelledAt", at)
                    .set("cancelledBy", reason);
            if (changed(current, update)) {
                return true;
            }
            current = mongo.findById(current.id(), ReminderDocument.class);
        }
        return false;
    }

    @Override
    public List<Reminder> due(Instant now, Instant staleBefore, int limit) {
        List<DueBuckets.Entry> entries = dueDays.upTo(now);
        Map<String, ReminderDocument> found =
                byId(entries.stream().map(DueBuckets.Entry::id).toList());
        List<DueBuckets.Entry> settled = new ArrayList<>();
        List<ReminderDocument> due = new ArrayList<>();
        for (DueBuckets.Entry entry : entries) {
            ReminderDocument reminder = found.get(entry.id());
            if (reminder == null || isSettled(reminder.status())) {
                settled.add(entry);
            } else if (claimable(reminder, now, staleBefore)) {
                due.add(reminder);
            }
        }
        dueDays.drop(settled);
        return due.stream()
                .sorted(Comparator.comparing(ReminderDocument::dueAt))
                .limit(limit)
                .map(MongoReminderStore::toDomain)
                .toList();
    }

    @Override
    public Optional<Reminder> claim(String id, Instant now, Instant staleBefore) {
        ReminderDocument reminder = mongo.findById(id, ReminderDocument.class);
        if (reminder == null || !claimable(reminder, now, staleBefore)) {
            return Optional.empty();
        }
        Update update = new Update().set("status", ReminderStatus.FIRING.name()).set("claimedAt", now);
        return changed(reminder, update)
                ? Optional.of(toDomain(reminder)).map(MongoReminderStore::firing)
                : Optional.empty();
    }

    @Override
    public void markFired(String id, Instant at) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                new Update()
                        .set("status", ReminderStatus.FIRED.name())
                        .set("firedAt", at)
                        .inc("version", 1),
                ReminderDocument.class);
    }

    @Override
    public List<Reminder> ofEnterprise(String enterpriseId) {
        return ByIds.find(mongo, firms.of(enterpriseId), ReminderDocument.class).stream()
                .filter(reminder -> enterpriseId.equals(reminder.enterpriseId()))
                .sorted(Comparator.comparing(ReminderDocument::dueAt))
                .map(MongoReminderStore::toDomain)
                .toList();
    }

    /** Applies the update if nobody changed the reminder since it was read ({@code _id} and version, both unique). */
    private boolean changed(ReminderDocument read, Update update) {
        return mongo.updateFirst(
                                query(where("_id").is(read.id()).and("version").is(read.version())),
                                update.inc("version", 1),
                                ReminderDocument.class)
                        .getModifiedCount()
                == 1;
    }

    private Map<String, ReminderDocument> byId(List<String> ids) {
        Map<String, ReminderDocument> found = new HashMap<>();
        ByIds.find(mongo, ids, ReminderDocument.class).forEach(reminder -> found.put(reminder.id(), reminder));
        return found;
    }

    private static boolean claimable(ReminderDocument reminder, Instant now, Instant staleBefore) {
        if (ReminderStatus.PENDING.name().equals(reminder.status())) {
            return !reminder.dueAt().isAfter(now);
        }
        return ReminderStatus.FIRING.name().equals(reminder.status())
                && reminder.claimedAt() != null
                && reminder.claimedAt().isBefore(staleBefore);
    }

    private static boolean isSettled(String status) {
        return ReminderStatus.FIRED.name().equals(status)
                || ReminderStatus.CANCELLED.name().equals(status);
    }

    private static Reminder firing(Reminder reminder) {
        return new Reminder(
                reminder.id(),
                reminder.name(),
                reminder.causeKey(),
                reminder.enterpriseId(),
                reminder.aggregateId(),
                reminder.dueAt(),
                reminder.values(),
                ReminderStatus.FIRING);
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
