package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import cn.jinshan.ladder.notification.push.application.VapidKeyStore;
import cn.jinshan.ladder.notification.push.application.VapidKeys;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoVapidKeyStore implements VapidKeyStore {

    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile VapidKeys cached;

    MongoVapidKeyStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public VapidKeys loadOrCreate(Supplier<VapidKeys> generator) {
        VapidKeys keys = cached;
        if (keys == null) {
            keys = load();
            if (keys == null) {
                keys = insertOrLoad(generator.get());
            }
            cached = keys;
        }
        return keys;
    }

    private VapidKeys insertOrLoad(VapidKeys candidate) {
        try {
            mongo.insert(new VapidKeyDocument(
                    VapidKeyDocument.ID,
                    Base64.getEncoder().encodeToString(candidate.privateKeyPkcs8()),
                    Base64.getEncoder().encodeToString(candidate.publicKeyX509()),
                    clock.instant()));
            return candidate;
        } catch (DuplicateKeyException e) {
            return load();
        }
    }

    private VapidKeys load() {
        VapidKeyDocument document = mongo.findById(VapidKeyDocument.ID, VapidKeyDocument.class);
        return document == null
                ? null
                : new VapidKeys(
                        Base64.getDecoder().decode(document.privateKeyPkcs8()),
                        Base64.getDecoder().decode(document.publicKeyX509()));
    }
}
