package cn.jinshan.ladder.notification.preferences.adapter.out.mongo;

import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.preferences.application.PreferenceStore;
import cn.jinshan.ladder.notification.preferences.domain.Channel;
import cn.jinshan.ladder.notification.preferences.domain.Preferences;
import cn.jinshan.ladder.notification.preferences.domain.QuietHours;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoPreferenceStore implements PreferenceStore {

    private final MongoTemplate mongo;

    MongoPreferenceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Preferences> find(String subject) {
        return Optional.ofNullable(mongo.findById(subject, PreferenceDocument.class))
                .map(MongoPreferenceStore::toDomain);
    }

    @Override
    public void save(Preferences p) {
        Map<String, List<String>> channels = new LinkedHashMap<>();
        p.channels()
                .forEach((category, set) -> channels.put(
                        category.name(), set.stream().map(Enum::name).sorted().toList()));
        mongo.save(new PreferenceDocument(
                p.subject(),
                channels,
                p.quietHours().enabled(),
                p.quietHours().start().toString(),
                p.quietHours().end().toString(),
                p.criticalBypassesQuietHours(),
                p.dailyDigest(),
                p.digestHour()));
    }

    private static Preferences toDomain(PreferenceDocument d) {
        Map<Category, Set<Channel>> channels = new EnumMap<>(Category.class);
        d.channels()
                .forEach((category, names) -> channels.put(
                        Category.valueOf(category),
                        names.stream().map(Channel::valueOf).collect(Collectors.toSet())));
        return new Preferences(
                d.subject(),
                channels,
                new QuietHours(
                        d.quietHoursEnabled(),
                        LocalTime.parse(d.quietHoursStart()),
                        LocalTime.parse(d.quietHoursEnd())),
                d.criticalBypassesQuietHours(),
                d.dailyDigest(),
                d.digestHour() == null ? Preferences.DEFAULT_DIGEST_HOUR : d.digestHour());
    }
}
