package cn.jinshan.ladder.certification.application.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secondary indexes of {@code applications} for a real MongoDB: the officials' filters (programme, status) and a
 * firm's list when its index document is not ready yet. The stand-in accepts and ignores them.
 */
final class ApplicationIndexes {

    private static final Logger log = LoggerFactory.getLogger(ApplicationIndexes.class);

    private ApplicationIndexes() {}

    static void ensure(MongoCollection<Document> applications) {
        create(applications, Indexes.ascending("enterpriseId", "programme", "status"), "firm_programme_status");
        create(applications, Indexes.ascending("status", "programme"), "status_programme");
        create(applications, Indexes.ascending("programme", "status"), "programme_status");
    }

    private static void create(MongoCollection<Document> collection, Bson keys, String name) {
        try {
            collection.createIndex(keys, new IndexOptions().name(name));
        } catch (RuntimeException e) {
            log.warn("could not ensure the {} index on applications: {}", name, e.toString());
        }
    }
}
