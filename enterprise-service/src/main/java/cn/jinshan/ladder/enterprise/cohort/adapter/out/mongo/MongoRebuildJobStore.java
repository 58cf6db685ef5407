package cn.jinshan.ladder.enterprise.cohort.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.cohort.application.RebuildJobStore;
import cn.jinshan.ladder.enterprise.cohort.domain.RebuildJob;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** {@code cohort_rebuilds}: one document per rebuild job ({@code _id} = job id), replaced at each state change. */
@Repository
class MongoRebuildJobStore implements RebuildJobStore {

    static final String COLLECTION = "cohort_rebuilds";

    private final MongoTemplate mongo;

    MongoRebuildJobStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(RebuildJob job) {
        collection().replaceOne(Filters.eq("_id", job.id()), toDocument(job), new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<RebuildJob> find(String id) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", id)).first())
                .map(MongoRebuildJobStore::toDomain);
    }

    @Override
    public List<RebuildJob> active() {
        return collection()
                .find(Filters.in("state", RebuildJob.State.QUEUED.name(), RebuildJob.State.RUNNING.name()))
                .map(MongoRebuildJobStore::toDomain)
                .into(new ArrayList<>());
    }

    private static Document toDocument(RebuildJob job) {
        return new Document("_id", job.id())
                .append("state", job.state().name())
                .append("firms", job.firms())
                .append("facts", job.facts())
                .append("requestedBy", job.requestedBy())
                .append("requestedAt", date(job.requestedAt()))
                .append("startedAt", date(job.startedAt()))
                .append("finishedAt", date(job.finishedAt()))
                .append("error", job.error());
    }

    private static RebuildJob toDomain(Document document) {
        return new RebuildJob(
                document.getString("_id"),
                RebuildJob.State.valueOf(document.getString("state")),
                ((Number) document.get("firms")).longValue(),
                ((Number) document.get("facts")).longValue(),
                document.getString("requestedBy"),
                instant(document.getDate("requestedAt")),
                instant(document.getDate("startedAt")),
                instant(document.getDate("finishedAt")),
                document.getString("error"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
