package cn.jinshan.ladder.notification.rules.application;

import cn.jinshan.ladder.notification.rules.domain.Rule;
import java.util.List;
import java.util.Optional;

/** Where the notification rules are kept, one per event type. */
public interface RuleStore {

    Optional<Rule> find(String eventType);

    List<Rule> findAll();

    void save(Rule rule);

    /** Stores the rule unless one exists for its event type (administrators' edits survive restarts); true if new. */
    boolean addIfAbsent(Rule rule);
}
