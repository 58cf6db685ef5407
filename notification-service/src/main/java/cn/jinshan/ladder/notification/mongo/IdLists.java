package cn.jinshan.ladder.notification.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Look-up documents kept in place of secondary indexes: one document per key ({@code _id}), listing the ids of the
 * documents found under that key ({@code ids}). Reads are by {@code _id} (one key, or {@code $in} over several), which
 * the MongoDB stand-in answers from its primary index instead of scanning a collection.
 */
public final class IdLists {

    static final String IDS = "ids";

    private final MongoTemplate mongo;
    private final String collection;

    public IdLists(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Lists the id under the key (once, however often it is added). */
    public void add(String key, String id) {
        mongo.upsert(query(where("_id").is(key)), new Update().addToSet(IDS, id), collection);
    }

    /** Takes the ids off the key's list. */
    public void remove(String key, Collection<String> ids) {
        if (!ids.isEmpty()) {
            mongo.updateFirst(query(where("_id").is(key)), new Update().pullAll(IDS, ids.toArray()), collection);
        }
    }

    /** The ids listed under the key. */
    public List<String> of(String key) {
        return of(List.of(key));
    }

    /** The ids listed under any of the keys, each once. */
    public List<String> of(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Document list : mongo.find(query(where("_id").in(keys)), Document.class, collection)) {
            ids.addAll(list.getList(IDS, String.class, List.of()));
        }
        return new ArrayList<>(ids);
    }
}
