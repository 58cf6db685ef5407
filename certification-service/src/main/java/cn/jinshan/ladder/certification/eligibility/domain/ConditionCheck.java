package cn.jinshan.ladder.certification.eligibility.domain;

import cn.jinshan.ladder.certification.programme.domain.Condition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The outcome of one hard condition: its result (and its members' for a group) and the gaps if it failed. */
record ConditionCheck(boolean met, List<ConditionResult> results, List<Gap> gaps) {

    static ConditionCheck of(Condition condition, String path, MetricValues metrics) {
        if (condition.composite()) {
            return group(condition, path, metrics);
        }
        var criterion = condition.criterion();
        boolean met = CriterionCheck.holds(criterion, metrics);
        ConditionResult result = new ConditionResult(
                path,
                condition.description(),
                met,
                CriterionCheck.actual(criterion, metrics),
                CriterionCheck.required(criterion));
        List<Gap> gaps = met ? List.of() : List.of(gap(condition, path, result, metrics));
        return new ConditionCheck(met, List.of(result), gaps);
    }

    private static Gap gap(Condition condition, String path, ConditionResult result, MetricValues metrics) {
        String why;
        if (condition.threshold() == null) {
            why = "threshold not yet configured by an administrator";
        } else if (metrics.value(condition.metric()).isEmpty()) {
            why = "no figure reported for " + condition.metric();
        } else {
            why = result.actual() + " where " + result.required() + " is required";
        }
        return new Gap(
                path, condition.description() + ": " + why, CriterionCheck.shortBy(condition.criterion(), metrics));
    }

    private static ConditionCheck group(Condition condition, String path, MetricValues metrics) {
        List<ConditionResult> members = new ArrayList<>();
        List<Gap> memberGaps = new ArrayList<>();
        int metCount = 0;
        for (Condition member : condition.group()) {
            ConditionCheck check = of(member, path + "." + member.id(), metrics);
            members.addAll(check.results());
            memberGaps.addAll(check.gaps());
            metCount += check.met() ? 1 : 0;
        }
        int required = condition.required();
        boolean met = metCount >= required;
        List<ConditionResult> results = new ArrayList<>();
        results.add(new ConditionResult(
                path,
                condition.description(),
                met,
                metCount + " of " + condition.group().size() + " met",
                "at least " + required + " of " + condition.group().size()));
        results.addAll(members);
        List<Gap> gaps = new ArrayList<>();
        if (!met) {
            gaps.add(new Gap(
                    path,
                    condition.description() + ": " + metCount + " of " + required + " required met",
                    BigDecimal.valueOf(required - metCount)));
            gaps.addAll(memberGaps);
        }
        return new ConditionCheck(met, results, gaps);
    }
}
