package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.DomainEvent;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where enterprises live; each write stores the state, its pending events and its pending change in one document. */
public interface EnterpriseStore {

    Optional<Enterprise> find(String id);

    /** An enterprise's changes that some observer has not taken yet. */
    record Pending(String enterpriseId, List<EnterpriseChanges.Change> changes) {}

    /** Inserts a new enterprise with its events and the change pending for observers; a duplicate id is a conflict. */
    void insert(Enterprise enterprise, List<DomainEvent> events, EnterpriseChanges.Change change);

    /**
     * Saves a changed enterprise, its events and the change pending for observers in one write, if nobody changed
     * it since it was read (else optimistic-locking failure).
     */
    void update(Enterprise enterprise, List<DomainEvent> events, EnterpriseChanges.Change change);

    /** Up to {@code limit} enterprises with pending changes. */
    List<Pending> pending(int limit);

    /** Removes the given pending changes of an enterprise (their observers have taken them). */
    void settle(String enterpriseId, List<String> changeIds);

    /** One page of enterprises matching the query, without metrics and history. */
    PageResult<Enterprise> search(EnterpriseQuery query);

    /** Every enterprise matching the query in order, without metrics and history, one at a time. */
    void forEach(EnterpriseQuery query, Consumer<Enterprise> action);

    boolean isEmpty();
}
