package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.MemberFilter;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import cn.jinshan.ladder.enterprise.targets.domain.PlanPeriod;
import java.time.Instant;
import java.time.LocalDate;

/** One cohort question: an indicator in a plan period as known at the end of the as-of day (Asia/Shanghai). */
public record CohortRequest(Indicator indicator, PlanPeriod period, LocalDate asOf) {

    /** The last instant a fact may have been recorded to count: the end of the as-of day. */
    public Instant knownAt() {
        return asOf.plusDays(1).atStartOfDay(FirmStates.SHANGHAI).toInstant().minusMillis(1);
    }

    /** Entries counted: from the period's start to its end or the as-of date, whichever comes first. */
    public MemberFilter.Window window() {
        LocalDate end = period.end().isBefore(asOf) ? period.end() : asOf;
        return new MemberFilter.Window(period.start(), end);
    }
}
