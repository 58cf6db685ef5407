package cn.jinshan.ladder.enterprise.targets.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.targets.application.PlanStore;
import cn.jinshan.ladder.enterprise.targets.domain.PlanPeriod;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per plan period in {@code plan_periods}, {@code _id} = the period id. */
@Repository
class MongoPlanStore implements PlanStore {

    static final String COLLECTION = "plan_periods";

    private final MongoTemplate mongo;

    MongoPlanStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<PlanPeriod> all() {
        List<PlanPeriod> periods = new ArrayList<>();
        collection().find().forEach(d -> periods.add(PlanDocuments.toDomain(d)));
        periods.sort(java.util.Comparator.comparingInt(PlanPeriod::startYear));
        return periods;
    }

    @Override
    public Optional<PlanPeriod> find(String id) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", id)).first())
                .map(PlanDocuments::toDomain);
    }

    @Override
    public void save(PlanPeriod period) {
        collection()
                .replaceOne(
                        Filters.eq("_id", period.id()),
                        PlanDocuments.toDocument(period),
                        new ReplaceOptions().upsert(true));
    }

    @Override
    public void insertIfAbsent(PlanPeriod period) {
        if (collection().find(Filters.eq("_id", period.id())).first() != null) {
            return;
        }
        try {
            collection().insertOne(PlanDocuments.toDocument(period));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
