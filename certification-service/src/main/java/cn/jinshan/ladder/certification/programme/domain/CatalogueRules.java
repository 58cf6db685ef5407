package cn.jinshan.ladder.certification.programme.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a programme, a rule version or a window before it enters the catalogue; reports field paths. */
public final class CatalogueRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");

    private final List<CatalogueViolation> violations = new ArrayList<>();

    private CatalogueRules() {}

    public static List<CatalogueViolation> check(Programme programme) {
        CatalogueRules rules = new CatalogueRules();
        rules.programme(programme);
        return List.copyOf(rules.violations);
    }

    public static List<CatalogueViolation> check(RuleVersion version) {
        CatalogueRules rules = new CatalogueRules();
        rules.ruleVersion(version, "");
        return List.copyOf(rules.violations);
    }

    public static List<CatalogueViolation> check(ApplicationWindow window) {
        CatalogueRules rules = new CatalogueRules();
        rules.window(window, "");
        return List.copyOf(rules.violations);
    }

    private void programme(Programme programme) {
        require(
                programme.code() != null && CODE.matcher(programme.code()).matches(),
                "code",
                "pattern",
                "must be upper-case letters, digits and underscores, e.g. SPECIALIZED_NEW");
        require(notBlank(programme.name()), "name", "notBlank", "must not be blank");
        require(programme.level() != null, "level", "notNull", "must be DISTRICT, MUNICIPAL or NATIONAL");
        require(programme.rung() == null || programme.rung() >= 0, "rung", "min", "must be 0 or more");
        unique(programme.ruleVersions().stream().map(RuleVersion::id).toList(), "ruleVersions");
        unique(programme.windows().stream().map(ApplicationWindow::id).toList(), "windows");
        for (int i = 0; i < programme.ruleVersions().size(); i++) {
            ruleVersion(programme.ruleVersions().get(i), "ruleVersions[" + i + "].");
        }
        for (int i = 0; i < programme.windows().size(); i++) {
            window(programme.windows().get(i), "windows[" + i + "].");
        }
    }

    private void ruleVersion(RuleVersion version, String path) {
        require(
                version.id() != null && ID.matcher(version.id()).matches(),
                path + "id",
                "pattern",
                "must be letters, digits, '.', '_' or '-', e.g. MIIT-2026-2");
        require(notBlank(version.title()), path + "title", "notBlank", "must not be blank");
        require(version.effectiveFrom() != null, path + "effectiveFrom", "notNull", "must be a date");
        require(
                version.validityYears() == null || version.validityYears() > 0,
                path + "validityYears",
                "positive",
                "must be more than 0 years");
        for (int i = 0; i < version.conditions().size(); i++) {
            condition(version.conditions().get(i), path + "conditions[" + i + "].");
        }
        if (version.scoring() != null) {
            scoring(version.scoring(), path + "scoring.");
        }
        for (int i = 0; i < version.directRoutes().size(); i++) {
            DirectRoute route = version.directRoutes().get(i);
            String routePath = path + "directRoutes[" + i + "].";
            require(notBlank(route.id()), routePath + "id", "notBlank", "must not be blank");
            require(!route.when().isEmpty(), routePath + "when", "notEmpty", "needs at least one criterion");
            criteria(route.when(), routePath + "when");
        }
    }

    private void condition(Condition condition, String path) {
        require(notBlank(condition.id()), path + "id", "notBlank", "must not be blank");
        require(notBlank(condition.description()), path + "description", "notBlank", "must not be blank");
        if (condition.composite()) {
            require(
                    condition.atLeast() == null
                            || (condition.atLeast() >= 1
                                    && condition.atLeast() <= condition.group().size()),
                    path + "atLeast",
                    "range",
                    "must be between 1 and the size of the group");
            for (int i = 0; i < condition.group().size(); i++) {
                condition(condition.group().get(i), path + "group[" + i + "].");
            }
        } else {
            metric(condition.metric(), path + "metric");
            require(condition.operator() != null, path + "operator", "notNull", "must be GTE, GT, LTE, LT or EQ");
        }
    }

    private void scoring(Scoring scoring, String path) {
        require(
                scoring.passMark() == null || scoring.passMark().signum() > 0,
                path + "passMark",
                "positive",
                "must be more than 0");
        require(!scoring.dimensions().isEmpty(), path + "dimensions", "notEmpty", "needs at least one dimension");
        for (int i = 0; i < scoring.dimensions().size(); i++) {
            Dimension dimension = scoring.dimensions().get(i);
            String at = path + "dimensions[" + i + "].";
            require(notBlank(dimension.name()), at + "name", "notBlank", "must not be blank");
            require(
                    dimension.max() != null && dimension.max().signum() > 0,
                    at + "max",
                    "positive",
                    "must be more than 0");
            require(
                    dimension.minimum() == null
                            || dimension.max() == null
                            || dimension.minimum().compareTo(dimension.max()) <= 0,
                    at + "minimum",
                    "atMostMax",
                    "must not exceed the dimension's maximum");
            for (int j = 0; j < dimension.indicators().size(); j++) {
                indicator(dimension.indicators().get(j), at + "indicators[" + j + "].");
            }
        }
    }

    private void indicator(Indicator indicator, String path) {
        require(notBlank(indicator.id()), path + "id", "notBlank", "must not be blank");
        require(
                indicator.bands().isEmpty() != (indicator.perUnit() == null),
                path + "bands",
                "exactlyOneKind",
                "an indicator has either bands or perUnit");
        for (int i = 0; i < indicator.bands().size(); i++) {
            Band band = indicator.bands().get(i);
            require(
                    band.points() != null && band.points().signum() >= 0,
                    path + "bands[" + i + "].points",
                    "min",
                    "must be 0 or more");
            require(!band.when().isEmpty(), path + "bands[" + i + "].when", "notEmpty", "needs at least one criterion");
            criteria(band.when(), path + "bands[" + i + "].when");
        }
        PerUnit perUnit = indicator.perUnit();
        if (perUnit != null) {
            metric(perUnit.metric(), path + "perUnit.metric");
            require(positive(perUnit.per()), path + "perUnit.per", "positive", "must be more than 0");
            require(positive(perUnit.points()), path + "perUnit.points", "positive", "must be more than 0");
            require(positive(perUnit.cap()), path + "perUnit.cap", "positive", "must be more than 0");
        }
    }

    private void criteria(List<Criterion> criteria, String path) {
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            metric(criterion.metric(), path + "[" + i + "].metric");
            require(
                    criterion.operator() != null,
                    path + "[" + i + "].operator",
                    "notNull",
                    "must be GTE, GT, LTE, LT or EQ");
            require(criterion.threshold() != null, path + "[" + i + "].threshold", "notNull", "must be a number");
        }
    }

    private void window(ApplicationWindow window, String path) {
        require(
                window.id() != null && ID.matcher(window.id()).matches(),
                path + "id",
                "pattern",
                "must be letters, digits, '.', '_' or '-'");
        require(window.opensOn() != null, path + "opensOn", "notNull", "must be a date");
        require(window.closesOn() != null, path + "closesOn", "notNull", "must be a date");
        require(
                window.opensOn() == null
                        || window.closesOn() == null
                        || !window.closesOn().isBefore(window.opensOn()),
                path + "closesOn",
                "notBeforeOpensOn",
                "must not be before opensOn");
    }

    private void metric(String metric, String field) {
        require(
                metric != null && Metrics.isKnown(metric),
                field,
                "knownMetric",
                "must be one of the known metrics, e.g. rdRatio, revenue, debtRatio");
    }

    private void unique(List<String> ids, String field) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            require(id == null || seen.add(id), field, "uniqueId", "ids must be unique, " + id + " repeats");
        }
    }

    private void require(boolean holds, String field, String rule, String message) {
        if (!holds) {
            violations.add(new CatalogueViolation(field, rule, message));
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
