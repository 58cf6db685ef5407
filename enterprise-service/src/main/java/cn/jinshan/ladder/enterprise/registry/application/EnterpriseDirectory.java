package cn.jinshan.ladder.enterprise.registry.application;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The list read model: every firm's {@link FirmSummary} in memory, loaded once at start, kept current by this
 * instance's own writes (read-your-writes) and by {@code enterprise.events} (other instances' writes, reloaded by
 * {@code _id}), so filtered lists, totals, sorting and exports never ask the database to scan.
 */
@Component
public class EnterpriseDirectory {

    /** One page of matching firm ids in list order, and how many match in all. */
    public record Selection(List<String> ids, long total) {}

    private final ConcurrentHashMap<String, FirmSummary> firms = new ConcurrentHashMap<>();
    private volatile Instant loadedAt;

    /** Takes a summary read from the database unless a newer version of the firm is known already. */
    public void put(FirmSummary summary) {
        firms.merge(summary.id(), summary, (known, read) -> read.version() >= known.version() ? read : known);
    }

    /** This instance stored the firm at {@code version} with one more pending change. */
    public void stored(FirmSummary summary, String changeId) {
        firms.compute(summary.id(), (id, known) -> {
            Set<String> pending = new HashSet<>(summary.pendingChanges());
            if (known != null) {
                pending.addAll(known.pendingChanges());
            }
            pending.add(changeId);
            FirmSummary newest = known != null && known.version() > summary.version() ? known : summary;
            return newest.withPending(pending);
        });
    }

    /** The observers took these changes of the firm. */
    public void settled(String firm, Collection<String> changeIds) {
        firms.computeIfPresent(firm, (id, known) -> {
            Set<String> pending = new HashSet<>(known.pendingChanges());
            pending.removeAll(changeIds);
            return known.withPending(pending);
        });
    }

    /** The firm's pending changes as just read from the database (replacing what this instance believed). */
    public void pendingNow(String firm, Collection<String> changeIds) {
        firms.computeIfPresent(firm, (id, known) -> known.withPending(Set.copyOf(changeIds)));
    }

    /** Up to {@code limit} firms that have pending changes as far as this instance knows. */
    public List<String> withPendingChanges(int limit) {
        return firms.values().stream()
                .filter(summary -> !summary.pendingChanges().isEmpty())
                .map(FirmSummary::id)
                .limit(limit)
                .toList();
    }

    /** One page of the query's matches, in its order, and the total. */
    public Selection page(EnterpriseQuery query) {
        List<FirmSummary> matches = matches(query).toList();
        List<String> ids = matches.stream()
                .sorted(FirmOrder.of(query))
                .skip((long) query.page() * query.size())
                .limit(query.size())
                .map(FirmSummary::id)
                .toList();
        return new Selection(ids, matches.size());
    }

    /** Every match of the query in its order. */
    public List<String> ids(EnterpriseQuery query) {
        return matches(query).sorted(FirmOrder.of(query)).map(FirmSummary::id).toList();
    }

    public boolean isEmpty() {
        return firms.isEmpty();
    }

    public int size() {
        return firms.size();
    }

    /** When the read model was loaded from the database (null before). */
    public Instant loadedAt() {
        return loadedAt;
    }

    void loaded(Instant at) {
        loadedAt = at;
    }

    private Stream<FirmSummary> matches(EnterpriseQuery query) {
        Pattern text = query.text() == null || query.text().isBlank()
                ? null
                : Pattern.compile(Pattern.quote(query.text().trim()), Pattern.CASE_INSENSITIVE);
        if (query.onlyId() != null) {
            FirmSummary one = firms.get(query.onlyId());
            return one == null ? Stream.empty() : Stream.of(one).filter(s -> s.matches(query, text));
        }
        return firms.values().stream().filter(summary -> summary.matches(query, text));
    }
}
