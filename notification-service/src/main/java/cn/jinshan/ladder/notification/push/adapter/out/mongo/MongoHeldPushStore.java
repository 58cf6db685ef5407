package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.mongo.ByIds;
import cn.jinshan.ladder.notification.mongo.DueBuckets;
import cn.jinshan.ladder.notification.push.application.HeldPushStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Held pushes by id ({@code <notification>:<subscription>}), listed in release-day buckets ({@code held_push_due})
 * so that the release poll reads by {@code _id} instead of scanning. The bucket entry is written before the push, so
 * a crash leaves at most an entry for nothing, which the poll drops.
 */
@Repository
class MongoHeldPushStore implements HeldPushStore {

    static final String BY_RELEASE_DAY = "held_push_due";

    private final MongoTemplate mongo;
    private final DueBuckets releaseDays;

    MongoHeldPushStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.releaseDays = new DueBuckets(mongo, BY_RELEASE_DAY);
    }

    @Override
    public void hold(HeldPush push) {
        releaseDays.add(push.id(), push.releaseAt());
        mongo.save(new HeldPushDocument(push.id(), push.notificationId(), push.subscriptionId(), push.releaseAt()));
    }

    @Override
    public List<HeldPush> heldFor(String notificationId, Collection<String> subscriptionIds) {
        List<String> ids = subscriptionIds.stream()
                .map(subscription -> HeldPushStore.idOf(notificationId, subscription))
                .toList();
        return ByIds.find(mongo, ids, HeldPushDocument.class).stream()
                .map(MongoHeldPushStore::toHeld)
                .toList();
    }

    @Override
    public List<HeldPush> dueAt(Instant now, int limit) {
        List<DueBuckets.Entry> entries = releaseDays.upTo(now);
        Map<String, HeldPushDocument> found = new HashMap<>();
        ByIds.find(mongo, entries.stream().map(DueBuckets.Entry::id).toList(), HeldPushDocument.class)
                .forEach(held -> found.put(held.id(), held));
        List<DueBuckets.Entry> gone = new ArrayList<>();
        List<HeldPushDocument> due = new ArrayList<>();
        for (DueBuckets.Entry entry : entries) {
            HeldPushDocument held = found.get(entry.id());
            if (held == null) {
                gone.add(entry);
            } else if (!held.releaseAt().isAfter(now)) {
                due.add(held);
            }
        }
        releaseDays.drop(gone);
        return due.stream()
                .sorted(Comparator.comparing(HeldPushDocument::releaseAt))
                .limit(limit)
                .map(MongoHeldPushStore::toHeld)
                .toList();
    }

    @Override
    public boolean release(String id) {
        return mongo.remove(query(where("_id").is(id)), HeldPushDocument.class).getDeletedCount() == 1;
    }

    /** Lists a held push in its release day's bucket (for pushes held before the buckets existed). */
    void list(HeldPushDocument held) {
        releaseDays.add(held.id(), held.releaseAt());
    }

    private static HeldPush toHeld(HeldPushDocument d) {
        return new HeldPush(d.id(), d.notificationId(), d.subscriptionId(), d.releaseAt());
    }
}
