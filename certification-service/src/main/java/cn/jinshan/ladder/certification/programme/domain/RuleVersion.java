package cn.jinshan.ladder.certification.programme.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a programme's rules (e.g. {@code MIIT-2022-63}): hard conditions, an optional scoring table,
 * direct routes, prerequisites, required materials and validity. {@code notFound} lists what the research could
 * not establish; together with empty thresholds it makes the version {@link #incomplete()}.
 */
public record RuleVersion(
        String id,
        String title,
        String source,
        LocalDate effectiveFrom,
        List<String> prerequisites,
        List<Condition> conditions,
        Scoring scoring,
        List<DirectRoute> directRoutes,
        List<String> materials,
        Integer validityYears,
        String renewal,
        List<String> notFound) {

    public RuleVersion {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        directRoutes = directRoutes == null ? List.of() : List.copyOf(directRoutes);
        materials = materials == null ? List.of() : List.copyOf(materials);
        notFound = notFound == null ? List.of() : List.copyOf(notFound);
    }

    /** Everything an administrator still has to fill in: the declared gaps plus every empty threshold. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>(notFound);
        conditions.forEach(condition -> collectEmptyThresholds(condition, "conditions." + condition.id(), missing));
        if (scoring != null) {
            if (scoring.passMark() == null) {
                missing.add("scoring.passMark");
            }
            scoring.dimensions().stream()
                    .filter(dimension -> dimension.indicators().isEmpty())
                    .forEach(dimension -> missing.add("scoring.dimensions." + dimension.name() + ".indicators"));
        }
        if (validityYears == null) {
            missing.add("validityYears");
        }
        return List.copyOf(missing);
    }

    /** The same rule version under another id. */
    public RuleVersion withId(String newId) {
        return new RuleVersion(
                newId,
                title,
                source,
                effectiveFrom,
                prerequisites,
                conditions,
                scoring,
                directRoutes,
                materials,
                validityYears,
                renewal,
                notFound);
    }

    public boolean incomplete() {
        return !missing().isEmpty();
    }

    private static void collectEmptyThresholds(Condition condition, String path, List<String> missing) {
        if (condition.composite()) {
            condition.group().forEach(member -> collectEmptyThresholds(member, path + "." + member.id(), missing));
        } else if (condition.threshold() == null) {
            missing.add(path + ".threshold");
        }
    }
}
