package cn.jinshan.ladder.enterprise.targets.application;

import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.enterprise.targets.domain.PlanPeriod;
import cn.jinshan.ladder.enterprise.targets.domain.Target;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The seeded periods: 十四五 from table 1 of the plan, 十五五 with its targets still to be set by an admin. */
final class PlanCatalogue {

    static final String SEEDED_BY = "seed:jinshan-manufacturing-14th-fyp table 1";

    private PlanCatalogue() {}

    static List<PlanPeriod> periods(Instant at) {
        Map<Indicator, Integer> fourteenth = Map.of(
                Indicator.ABOVE_SCALE, 100,
                Indicator.DIGITAL_ABOVE_SCALE, 100,
                Indicator.SPECIALIZED_NEW, 100,
                Indicator.TECH_CENTER, 100,
                Indicator.LISTED, 200,
                Indicator.HEADQUARTERS, 10);
        List<Target> seeded = Arrays.stream(Indicator.values())
                .map(i -> new Target(i, fourteenth.get(i), Map.of(), Map.of(), at, SEEDED_BY))
                .toList();
        List<Target> open = Arrays.stream(Indicator.values())
                .map(i -> new Target(i, null, Map.of(), Map.of(), at, SEEDED_BY))
                .toList();
        return List.of(
                new PlanPeriod("14th-fyp", "“十四五”规划 2021–2025", 2021, 2025, seeded),
                new PlanPeriod("15th-fyp", "“十五五”规划 2026–2030", 2026, 2030, open));
    }
}
