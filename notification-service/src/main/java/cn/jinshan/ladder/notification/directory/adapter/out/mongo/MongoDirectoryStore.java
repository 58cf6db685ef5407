package cn.jinshan.ladder.notification.directory.adapter.out.mongo;

import cn.jinshan.ladder.notification.directory.application.DirectoryStore;
import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoDirectoryStore implements DirectoryStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoDirectoryStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void save(EnterpriseContact c) {
        mongo.save(new RecipientDocument(
                c.enterpriseId(),
                c.legalName(),
                c.shortName(),
                c.town(),
                c.cluster(),
                c.specialistId(),
                c.specialistUsername(),
                clock.instant()));
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
