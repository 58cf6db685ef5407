package cn.jinshan.ladder.notification.channels.adapter.out.mongo;

import cn.jinshan.ladder.notification.channels.application.FallbackClaims;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoFallbackClaims implements FallbackClaims {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoFallbackClaims(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean claim(String notificationId) {
        try {
            mongo.insert(new FallbackClaimDocument(notificationId, clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
