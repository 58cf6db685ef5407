package cn.jinshan.ladder.notification.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Reads documents by a list of ids in {@code $in} batches: an {@code _id} look-up, never a scan. */
public final class ByIds {

    private static final int BATCH = 500;

    private ByIds() {}

    public static <T> List<T> find(MongoTemplate mongo, Collection<String> ids, Class<T> type) {
        List<String> all = List.copyOf(ids);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            found.addAll(mongo.find(query(where("_id").in(batch)), type));
        }
        return found;
    }
}
