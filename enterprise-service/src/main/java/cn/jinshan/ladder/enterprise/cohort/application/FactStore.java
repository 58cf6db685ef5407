package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The cohort fact log: per firm (the log the ledger reconciles against, version-checked) and per indicator and year
 * of entry (the buckets requests read, addressed by {@code _id}).
 */
public interface FactStore {

    /** A firm's log and its version (0 when it has none yet). */
    record FirmLog(List<Fact> facts, long version) {}

    /** Facts to append to a firm's log that was at {@code version} when they were derived. */
    record Append(long version, List<Fact> facts) {}

    FirmLog firm(String firm);

    /** The logs of several firms in one read; a firm without a log is absent. */
    Map<String, FirmLog> firms(Collection<String> firms);

    /**
     * Appends to several firms' logs in one bulk, each only if still at its version, without filing buckets (for
     * rebuilds, which refile every bucket afterwards); returns the firms whose log had moved (nothing appended).
     */
    Set<String> appendToLogs(Map<String, Append> appends);

    /**
     * Appends to the firm's log if it is still at {@code version}, then files the facts in their buckets (a crash in
     * between is repaired by {@link #refile} when the change is told again).
     */
    boolean append(String firm, long version, List<Fact> facts);

    /** Files facts of a firm's log in their buckets again; facts filed already stay once (idempotent). */
    void refile(List<Fact> facts);

    /** Every fact filed under one indicator and entry year. */
    List<Fact> bucket(Indicator indicator, int year);

    /** The entry years that have a bucket for the indicator. */
    List<Integer> years(Indicator indicator);

    /** Every firm's log, one at a time (rebuilds). */
    void forEachFirm(Consumer<List<Fact>> action);

    /** Replaces every bucket by the given facts, filed by indicator and entry year. */
    void replaceBuckets(List<Fact> facts);
}
