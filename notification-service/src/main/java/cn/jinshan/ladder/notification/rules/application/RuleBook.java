package cn.jinshan.ladder.notification.rules.application;

import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.notification.rules.domain.Rule;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The rules as data: looked up per event type, listed and replaced by administrators. */
@Service
public class RuleBook {

    private final RuleStore store;

    RuleBook(RuleStore store) {
        this.store = store;
    }

    public Optional<Rule> forEvent(String eventType) {
        return store.find(eventType);
    }

    public List<Rule> all() {
        return store.findAll();
    }

    public Rule get(String eventType) {
        return store.find(eventType).orElseThrow(() -> new NotFoundException("notification rule", eventType));
    }

    /** Replaces (or adds) the rule of an event type. */
    public Rule replace(String eventType, RuleDefinition definition) {
        Rule rule = definition.toRule(eventType);
        store.save(rule);
        return rule;
    }
}
