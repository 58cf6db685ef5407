package cn.jinshan.ladder.notification.digest.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.digest.application.DigestSubscriptions;
import cn.jinshan.ladder.notification.digest.domain.DigestSubscription;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoDigestSubscriptions implements DigestSubscriptions {

    private final MongoTemplate mongo;

    MongoDigestSubscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(DigestSubscription subscription) {
        Reader reader = subscription.reader();
        mongo.save(new DigestSubscriptionDocument(
                reader.subject(),
                reader.username(),
                reader.roles().stream().sorted().toList(),
                reader.enterpriseId().orElse(null),
                subscription.hour()));
    }

    @Override
    public void remove(String subject) {
        mongo.remove(query(where("_id").is(subject)), DigestSubscriptionDocument.class);
    }

    @Override
    public List<DigestSubscription> dueBy(int hour) {
        return mongo.find(query(where("hour").lte(hour)), DigestSubscriptionDocument.class).stream()
                .map(d -> new DigestSubscription(
                        new Reader(
                                d.subject(),
                                d.username(),
                                Set.copyOf(d.roles()),
                                Optional.ofNullable(d.enterpriseId())),
                        d.hour()))
                .toList();
    }
}
