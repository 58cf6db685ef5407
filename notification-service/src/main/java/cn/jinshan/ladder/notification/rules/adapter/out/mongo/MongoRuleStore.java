package cn.jinshan.ladder.notification.rules.adapter.out.mongo;

import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.inbox.domain.Priority;
import cn.jinshan.ladder.notification.rules.application.RuleStore;
import cn.jinshan.ladder.notification.rules.domain.RecipientKind;
import cn.jinshan.ladder.notification.rules.domain.Rule;
import cn.jinshan.ladder.notification.rules.domain.Template;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoRuleStore implements RuleStore {

    private final MongoTemplate mongo;

    MongoRuleStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Rule> find(String eventType) {
        return Optional.ofNullable(mongo.findById(eventType, RuleDocument.class))
                .map(MongoRuleStore::toRule);
    }

    @Override
    public List<Rule> findAll() {
        return mongo.find(new Query().with(Sort.by("_id")), RuleDocument.class).stream()
                .map(MongoRuleStore::toRule)
                .toList();
    }

    @Override
    public void save(Rule rule) {
        mongo.save(toDocument(rule));
    }

    @Override
    public boolean addIfAbsent(Rule rule) {
        try {
            mongo.insert(toDocument(rule));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static RuleDocument toDocument(Rule rule) {
        return new RuleDocument(
                rule.eventType(),
                rule.enabled(),
                rule.recipients().stream().map(Enum::name).toList(),
                rule.category().name(),
                rule.priority().name(),
                new RuleDocument.Text(rule.title().zh(), rule.title().en()),
                new RuleDocument.Text(rule.body().zh(), rule.body().en()),
                rule.link());
    }

    private static Rule toRule(RuleDocument d) {
        return new Rule(
                d.eventType(),
                d.enabled(),
                d.recipients().stream().map(RecipientKind::valueOf).toList(),
                Category.valueOf(d.category()),
                Priority.valueOf(d.priority()),
                new Template(d.title().zh(), d.title().en()),
                new Template(d.body().zh(), d.body().en()),
                d.link());
    }
}
