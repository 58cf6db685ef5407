package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The unique {@code {_id, version}} index behind every version-checked write of the registry. The MongoDB stand-in
 * uses an index only when a filter's keys are exactly the index's keys, so {@link #current} filters on exactly those
 * two keys (no {@code $and}, which it answers by scanning the whole collection).
 */
@Component
class VersionIndexes {

    static final String NAME = "id_version";

    private static final Logger log = LoggerFactory.getLogger(VersionIndexes.class);

    private final MongoTemplate mongo;

    VersionIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The filter of a version-checked write: the document {@code id} still at {@code version}. */
    static Document current(Object id, long version) {
        return new Document("_id", id).append("version", version);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        for (String collection : List.of(EnterpriseDocument.COLLECTION, FiguresDocument.COLLECTION)) {
            try {
                mongo.getCollection(collection)
                        .createIndex(
                                Indexes.ascending("_id", "version"),
                                new IndexOptions().unique(true).name(NAME));
            } catch (RuntimeException e) {
                log.warn("could not ensure the {} index on {}: {}", NAME, collection, e.toString());
            }
        }
    }
}
