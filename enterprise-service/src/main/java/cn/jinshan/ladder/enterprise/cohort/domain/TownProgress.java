package cn.jinshan.ladder.enterprise.cohort.domain;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A town's (or zone's) goal against its figure in the dashboard's split: the firms of the town counted as the
 * indicator counts them (net entrants; for STOCK indicators the firms in), and its share of the expectation by now.
 */
public record TownProgress(String town, int goal, long achieved, Double percent, Double expectedByNow) {

    /** One entry per town with a goal, in the order of the goals' towns. */
    public static List<TownProgress> of(
            Indicator indicator,
            Map<String, Integer> goals,
            List<Member> members,
            MemberFilter.Window window,
            Progress progress) {
        boolean stock = indicator.measure() == Indicator.Measure.STOCK;
        Map<String, Long> counted = members.stream()
                .filter(Member::net)
                .filter(m -> stock || window.entered(m))
                .collect(Collectors.groupingBy(m -> MemberFilter.label(m.town()), Collectors.counting()));
        return goals.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(goal -> {
                    long achieved = counted.getOrDefault(goal.getKey(), 0L);
                    return new TownProgress(
                            goal.getKey(),
                            goal.getValue(),
                            achieved,
                            goal.getValue() == 0 ? null : 100.0 * achieved / goal.getValue(),
                            progress.expectedOf(goal.getValue()));
                })
                .toList();
    }
}
