package cn.jinshan.ladder.systemtest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The downstream effects of the outage test's accepted writes, read from the inboxes: per firm, the
 * {@code EnterpriseRegistered} items of the officials and the {@code SpecialistAssigned} items of the specialist.
 */
record Effects(
        Set<String> registered,
        Set<String> assigned,
        Map<String, Map<String, Instant>> registrations,
        Map<String, Map<String, Instant>> assignments) {

    static final String REGISTERED = "enterprise.EnterpriseRegistered";
    static final String ASSIGNED = "enterprise.SpecialistAssigned";

    static Effects read(Api official, Api specialist, Set<String> registered, Set<String> assigned) {
        return new Effects(
                registered,
                assigned,
                Inbox.itemsByEnterprise(official, REGISTERED),
                Inbox.itemsByEnterprise(specialist, ASSIGNED));
    }

    /** Reads until no effect is missing or {@code limit} has passed since {@code since}; returns the last reading. */
    static Effects await(
            Api official, Api specialist, Set<String> registered, Set<String> assigned, Instant since, Duration limit)
            throws InterruptedException {
        while (true) {
            Effects now = read(official, specialist, registered, assigned);
            if (now.lost() == 0 || Instant.now().isAfter(since.plus(limit))) {
                return now;
            }
            Thread.sleep(1000);
        }
    }

    List<String> missing() {
        return Stream.concat(
                        registered.stream()
                                .filter(code -> !registrations.containsKey(code))
                                .map(code -> "registered " + code),
                        assigned.stream()
                                .filter(code -> !assignments.containsKey(code))
                                .map(code -> "assigned " + code))
                .toList();
    }

    int lost() {
        return missing().size();
    }

    /** Firms of this run with more than one item for one write. */
    List<String> duplicated() {
        return Stream.concat(
                        duplicated("registered", registrations, registered),
                        duplicated("assigned", assignments, assigned))
                .toList();
    }

    int duplicates() {
        return duplicated().size();
    }

    /** When the last effect of the given firms' writes was created, if all have one. */
    Instant lastCreated(Set<String> registeredFirms, Set<String> assignedFirms) {
        return Stream.concat(
                        registeredFirms.stream().flatMap(code -> created(registrations, code)),
                        assignedFirms.stream().flatMap(code -> created(assignments, code)))
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    private static Stream<Instant> created(Map<String, Map<String, Instant>> items, String code) {
        return items.getOrDefault(code, Map.of()).values().stream();
    }

    private static Stream<String> duplicated(String what, Map<String, Map<String, Instant>> items, Set<String> firms) {
        return items.entrySet().stream()
                .filter(entry ->
                        firms.contains(entry.getKey()) && entry.getValue().size() > 1)
                .map(entry ->
                        what + " " + entry.getKey() + " " + entry.getValue().keySet());
    }
}
