package cn.jinshan.ladder.notification.directory.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.directory.application.DirectoryStore;
import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoDirectoryStore implements DirectoryStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoDirectoryStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Writes the firm's names; its specialist only when the contact names one, so a known specialist stays. */
    @Override
    public void save(EnterpriseContact c) {
        Update update = new Update()
                .set("legalName", c.legalName())
                .set("shortName", c.shortName())
                .set("town", c.town())
                .set("cluster", c.cluster())
                .set("updatedAt", clock.instant());
        if (c.hasSpecialist()) {
            update.set("specialistId", c.specialistId()).set("specialistUsername", c.specialistUsername());
        }
        mongo.upsert(query(where("_id").is(c.enterpriseId())), update, RecipientDocument.class);
    }

    @Override
    public void assignSpecialist(String enterpriseId, String specialistId, String specialistUsername) {
        mongo.upsert(
                query(where("_id").is(enterpriseId)),
                new Update()
                        .set("specialistId", specialistId)
                        .set("specialistUsername", specialistUsername)
                        .set("updatedAt", clock.instant()),
                RecipientDocument.class);
    }

    @Override
    public void describe(String enterpriseId, String legalName, String shortName, String town, String cluster) {
        mongo.upsert(
                query(where("_id").is(enterpriseId)),
                new Update()
                        .set("legalName", legalName)
                        .set("shortName", shortName)
                        .set("town", town)
                        .set("cluster", cluster)
                        .set("updatedAt", clock.instant()),
                RecipientDocument.class);
    }

    @Override
    public Optional<EnterpriseContact> find(String enterpriseId) {
        return Optional.ofNullable(mongo.findById(enterpriseId, RecipientDocument.class))
                .map(d -> new EnterpriseContact(
                        d.enterpriseId(),
                        d.legalName(),
                        d.shortName(),
                        d.town(),
                        d.cluster(),
                        d.specialistId(),
                        d.specialistUsername()));
    }
}
