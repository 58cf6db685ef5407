package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.push.application.HeldPushStore;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoHeldPushStore implements HeldPushStore {

    private final MongoTemplate mongo;

    MongoHeldPushStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void hold(HeldPush push) {
        mongo.save(new HeldPushDocument(push.id(), push.notificationId(), push.subscriptionId(), push.releaseAt()));
    }

    @Override
    public List<HeldPush> heldFor(String notificationId) {
        return mongo.find(query(where("notificationId").is(notificationId)), HeldPushDocument.class).stream()
                .map(d -> new HeldPush(d.id(), d.notificationId(), d.subscriptionId(), d.releaseAt()))
                .toList();
    }

    @Override
    public List<HeldPush> dueAt(Instant now, int limit) {
        return mongo
                .find(
                        query(where("releaseAt").lte(now))
                                .with(Sort.by("releaseAt"))
                                .limit(limit),
                        HeldPushDocument.class)
                .stream()
                .map(d -> new HeldPush(d.id(), d.notificationId(), d.subscriptionId(), d.releaseAt()))
                .toList();
    }

    @Override
    public boolean release(String id) {
        return mongo.remove(query(where("_id").is(id)), HeldPushDocument.class).getDeletedCount() == 1;
    }
}
