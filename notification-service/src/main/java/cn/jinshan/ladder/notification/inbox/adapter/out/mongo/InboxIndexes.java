package cn.jinshan.ladder.notification.inbox.adapter.out.mongo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The secondary index a real MongoDB ({@code MONGODB_URI}) uses to list an inbox: items by address, newest first. The
 * MongoDB stand-in ignores it and scans; the per-event path never lists, it writes and reads items by {@code _id}.
 */
@Component
class InboxIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    InboxIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(NotificationDocument.class)
                .createIndex(new Index()
                        .on("addresses", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.DESC)
                        .on("_id", Sort.Direction.DESC)
                        .named("inbox_by_address"));
    }
}
