package cn.jinshan.ladder.certification.programme.adapter.out.mongo;

import cn.jinshan.ladder.certification.programme.application.ProgrammeStore;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Keeps each programme as one document in {@code programmes}, keyed by its code. */
@Repository
class MongoProgrammeStore implements ProgrammeStore {

    static final String COLLECTION = "programmes";
    private static final JsonWriterSettings RELAXED =
            JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoTemplate mongo;
    private final JsonMapper json;

    MongoProgrammeStore(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    @Override
    public List<Programme> findAll() {
        return collection().find().map(this::toProgramme).into(new ArrayList<>());
    }

    @Override
    public Optional<Programme> find(String code) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", code)).first())
                .map(this::toProgramme);
    }

    @Override
    public boolean insertIfAbsent(Programme programme) {
        Document definition = toDocument(programme);
        return collection()
                        .updateOne(
                                Filters.eq("_id", programme.code()),
                                Updates.setOnInsert(definition),
                                new UpdateOptions().upsert(true))
                        .getUpsertedId()
                != null;
    }

    @Override
    public void save(Programme programme) {
        collection()
                .replaceOne(
                        Filters.eq("_id", programme.code()), toDocument(programme), new ReplaceOptions().upsert(true));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private Document toDocument(Programme programme) {
        return new Document("_id", programme.code())
                .append("definition", Document.parse(json.writeValueAsString(programme)));
    }

    private Programme toProgramme(Document document) {
        return json.readValue(document.get("definition", Document.class).toJson(RELAXED), Programme.class);
    }
}
