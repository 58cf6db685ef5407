package cn.jinshan.ladder.notification.directory.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.directory.application.DirectoryStore;
import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
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
    public EnterpriseContact save(EnterpriseContact c) {
        Update update = new Update()
                .set("legalName", c.legalName())
                .set("shortName", c.shortName())
                .set("town", c.town())
                .set("cluster", c.cluster())
                .set("updatedAt", clock.instant());
        if (c.hasSpecialist()) {
            update.set("specialistId", c.specialistId()).set("specialistUsername", c.specialistUsername());
        }
        return write(c.enterpriseId(), update);
    }

    @Override
    public EnterpriseContact assignSpecialist(String enterpriseId, String specialistId, String specialistUsername) {
        return write(
                enterpriseId,
                new Update()
                        .set("specialistId", specialistId)
                        .set("specialistUsername", specialistUsername)
                        .set("updatedAt", clock.instant()));
    }

    @Override
    public EnterpriseContact describe(
            String enterpriseId, String legalName, String shortName, String town, String cluster) {
        return write(
                enterpriseId,
                new Update()
                        .set("legalName", legalName)
                        .set("shortName", shortName)
                        .set("town", town)
                        .set("cluster", cluster)
                        .set("updatedAt", clock.instant()));
    }

    @Override
    public Optional<EnterpriseContact> find(String enterpriseId) {
        return Optional.ofNullable(mongo.findById(enterpriseId, RecipientDocument.class))
                .map(MongoDirectoryStore::toContact);
    }

    /** Upserts the entry by {@code _id} and answers it as stored, in one round trip. */
    private EnterpriseContact write(String enterpriseId, Update update) {
        return toContact(mongo.findAndModify(
                query(where("_id").is(enterpriseId)),
                update,
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                RecipientDocument.class));
    }

    private static EnterpriseContact toContact(RecipientDocument d) {
        return new EnterpriseContact(
                d.enterpriseId(),
                d.legalName(),
                d.shortName(),
                d.town(),
                d.cluster(),
                d.specialistId(),
                d.specialistUsername());
    }
}
