package cn.jinshan.ladder.notification.digest.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.jinshan.ladder.notification.digest.application.DigestSubscriptions;
import cn.jinshan.ladder.notification.digest.domain.DigestSubscription;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import cn.jinshan.ladder.notification.mongo.ByIds;
import cn.jinshan.ladder.notification.mongo.IdLists;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Digest subscriptions by subject, and {@code digest_hours}: per hour ({@code _id} {@code hour:<0-23>}), the
 * subscribers of that hour, so that the hourly poll reads by {@code _id} instead of scanning.
 */
@Repository
class MongoDigestSubscriptions implements DigestSubscriptions {

    static final String HOURS = "digest_hours";

    private final MongoTemplate mongo;
    private final IdLists hours;

    MongoDigestSubscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
        this.hours = new IdLists(mongo, HOURS);
    }

    @Override
    public void save(DigestSubscription subscription) {
        Reader reader = subscription.reader();
        DigestSubscriptionDocument previous = mongo.findById(reader.subject(), DigestSubscriptionDocument.class);
        hours.add(hourKey(subscription.hour()), reader.subject());
        mongo.save(new DigestSubscriptionDocument(
                reader.subject(),
                reader.username(),
                reader.roles().stream().sorted().toList(),
                reader.enterpriseId().orElse(null),
                subscription.hour(),
                previous == null ? null : previous.lastRunOn()));
        if (previous != null && previous.hour() != subscription.hour()) {
            hours.remove(hourKey(previous.hour()), List.of(reader.subject()));
        }
    }

    @Override
    public void remove(String subject) {
        DigestSubscriptionDocument previous = mongo.findById(subject, DigestSubscriptionDocument.class);
        mongo.remove(query(where("_id").is(subject)), DigestSubscriptionDocument.class);
        if (previous != null) {
            hours.remove(hourKey(previous.hour()), List.of(subject));
        }
    }

    @Override
    public List<DigestSubscription> dueBy(int hour) {
        List<String> subjects = hours.of(IntStream.rangeClosed(0, hour)
                .mapToObj(MongoDigestSubscriptions::hourKey)
                .toList());
        return ByIds.find(mongo, subjects, DigestSubscriptionDocument.class).stream()
                .filter(d -> d.hour() <= hour)
                .map(d -> new DigestSubscription(
                        new Reader(
                                d.subject(),
                                d.username(),
                                Set.copyOf(d.roles()),
                                Optional.ofNullable(d.enterpriseId())),
                        d.hour(),
                        d.lastRunOn() == null ? null : LocalDate.parse(d.lastRunOn())))
                .toList();
    }

    @Override
    public void ranOn(String subject, LocalDate day) {
        mongo.updateFirst(
                query(where("_id").is(subject)),
                new Update().set("lastRunOn", day.toString()),
                DigestSubscriptionDocument.class);
    }

    /** Lists a subscription stored before the hour lists existed. */
    void list(DigestSubscriptionDocument subscription) {
        hours.add(hourKey(subscription.hour()), subscription.subject());
    }

    private static String hourKey(int hour) {
        return "hour:" + hour;
    }
}
