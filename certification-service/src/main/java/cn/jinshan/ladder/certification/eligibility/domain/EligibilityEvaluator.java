package cn.jinshan.ladder.certification.eligibility.domain;

import cn.jinshan.ladder.certification.programme.domain.DirectRoute;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import cn.jinshan.ladder.certification.programme.domain.Scoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a firm's figures against a rule version, deterministically: every hard condition must hold, and —
 * when the version scores or has direct routes — either a direct route (直通) holds or the score reaches the pass
 * mark with every dimension at its sub-minimum. A value exactly on a band boundary earns the higher band.
 */
public final class EligibilityEvaluator {

    private EligibilityEvaluator() {}

    public static Evaluation evaluate(Programme programme, RuleVersion version, MetricValues metrics) {
        List<ConditionResult> conditions = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        boolean conditionsMet = true;
        for (var condition : version.conditions()) {
            ConditionCheck check = ConditionCheck.of(condition, condition.id(), metrics);
            conditions.addAll(check.results());
            if (!check.met()) {
                conditionsMet = false;
                gaps.addAll(check.gaps());
            }
        }
        Optional<DirectRoute> route = version.directRoutes().stream()
                .filter(candidate ->
                        candidate.when().stream().anyMatch(criterion -> CriterionCheck.holds(criterion, metrics)))
                .findFirst();
        Scoring scoring = version.scoring();
        ScoreSheet sheet = scoring == null ? null : ScoreSheet.of(scoring, metrics);
        boolean scorePassed = sheet != null && sheet.passed();
        boolean scoreNeeded = scoring != null || !version.directRoutes().isEmpty();
        boolean scoreOrRoute = !scoreNeeded || route.isPresent() || scorePassed;
        if (!scoreOrRoute && sheet != null) {
            gaps.addAll(sheet.gaps());
        }
        if (!scoreOrRoute && sheet == null) {
            gaps.add(new Gap("directRoute", "no direct route (直通) holds", null));
        }
        boolean hasCriteria = !version.conditions().isEmpty() || scoreNeeded;
        if (!hasCriteria) {
            gaps.add(new Gap("criteria", "no criteria configured for this rule version yet", null));
        }
        return new Evaluation(
                programme.code(),
                version.id(),
                hasCriteria && conditionsMet && scoreOrRoute,
                sheet == null ? null : sheet.score(),
                scoring == null ? null : scoring.passMark(),
                sheet == null ? List.of() : sheet.dimensions(),
                conditions,
                route.map(taken -> new DirectRouteTaken(taken.id(), taken.description()))
                        .orElse(null),
                gaps,
                version.incomplete(),
                version.missing());
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
