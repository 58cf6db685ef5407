package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.DomainEvent;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where enterprises live; each write stores the state and its pending events in one document. */
public interface EnterpriseStore {

    Optional<Enterprise> find(String id);

    /** Inserts a new enterprise; a duplicate id is a conflict. */
    void insert(Enterprise enterprise, List<DomainEvent> events);

    /** Saves a changed enterprise if nobody changed it since it was read (else optimistic-locking failure). */
    void update(Enterprise enterprise, List<DomainEvent> events);

    /** One page of enterprises matching the query, without metrics and history. */
    PageResult<Enterprise> search(EnterpriseQuery query);

    /** Every enterprise matching the query in order, without metrics and history, one at a time. */
    void forEach(EnterpriseQuery query, Consumer<Enterprise> action);

    boolean isEmpty();
}
