package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import cn.jinshan.ladder.enterprise.cohort.domain.CandidateCounts;
import java.util.Map;

/** {@code status} "available" with counts per programme and their total, or "unavailable" with the reason. */
record CandidatesView(String status, Map<String, Long> byProgramme, Long total, String reason) {

    static CandidatesView of(CandidateCounts counts) {
        return counts.available()
                ? new CandidatesView("available", counts.byProgramme(), counts.total(), null)
                : new CandidatesView("unavailable", null, null, counts.reason());
    }
}
