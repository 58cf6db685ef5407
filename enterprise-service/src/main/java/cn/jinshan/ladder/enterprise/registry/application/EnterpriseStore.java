package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.DomainEvent;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where enterprises live; each write stores the state, its pending events and its pending change in one document.
 * The profile (with holdings, stages and rung) and the yearly figures (with their history) are stored apart, so that
 * reads and lists of profiles never carry the figures; a figure change and its event are one write of the figures.
 */
public interface EnterpriseStore {

    /** The enterprise without its yearly figures ({@link Enterprise#figuresLoaded()} is false). */
    Optional<Enterprise> find(String id);

    /** The enterprise with its yearly figures and their history. */
    Optional<Enterprise> findWithFigures(String id);

    /**
     * Saves the yearly figures of an enterprise read with them, and their events, in one write, if nobody changed the
     * figures since they were read (else optimistic-locking failure).
     */
    void updateFigures(Enterprise enterprise, List<DomainEvent> events);

    /** An enterprise's changes that some observer has not taken yet. */
    record Pending(String enterpriseId, List<EnterpriseChanges.Change> changes) {}

    /** Inserts a new enterprise with its events and the change pending for observers; a duplicate id is a conflict. */
    void insert(Enterprise enterprise, List<DomainEvent> events, EnterpriseChanges.Change change);

    /**
     * Saves a changed enterprise (not its figures: {@link #updateFigures}), its events and the change pending for
     * observers in one write, if nobody changed
     * it since it was read (else optimistic-locking failure).
     */
    void update(Enterprise enterprise, List<DomainEvent> events, EnterpriseChanges.Change change);

    /**
     * Up to {@code limit} enterprises with pending changes: those the list read model knows of, each read again by
     * {@code _id} (so a sweep never scans the collection).
     */
    List<Pending> pending(int limit);

    /** Removes the given pending changes of an enterprise (their observers have taken them). */
    void settle(String enterpriseId, List<String> changeIds);

    /**
     * One page of enterprises matching the query, without metrics and history: the ids, order and total from the list
     * read model ({@link EnterpriseDirectory}), the enterprises read by {@code _id}.
     */
    PageResult<Enterprise> search(EnterpriseQuery query);

    /** Every enterprise matching the query in order, without metrics and history, read by {@code _id} in batches. */
    void forEach(EnterpriseQuery query, Consumer<Enterprise> action);

    /**
     * Every stored enterprise as the database holds it (one scan, for rebuilds), taking each into the list read model
     * on the way, so firms written behind the service's back become listed.
     */
    void forEachStored(Consumer<Enterprise> action);

    /** Reads every firm's summary into the list read model (one scan, at start); returns how many. */
    int loadSummaries();

    /** Reads one firm's summary into the list read model again, by {@code _id} (another instance changed it). */
    void refresh(String id);

    boolean isEmpty();

    /** Moves the figures of every enterprise still stored in the old shape to their own place; returns how many. */
    int moveEmbeddedFigures();
}
