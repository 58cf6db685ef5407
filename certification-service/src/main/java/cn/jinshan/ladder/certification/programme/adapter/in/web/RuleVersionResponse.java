package cn.jinshan.ladder.certification.programme.adapter.in.web;

import cn.jinshan.ladder.certification.programme.domain.Condition;
import cn.jinshan.ladder.certification.programme.domain.DirectRoute;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import cn.jinshan.ladder.certification.programme.domain.Scoring;
import java.time.LocalDate;
import java.util.List;

/** A rule version as the API shows it, with what is still missing from it. */
record RuleVersionResponse(
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
        List<String> notFound,
        boolean incomplete,
        List<String> missing) {

    static RuleVersionResponse of(RuleVersion version) {
        return new RuleVersionResponse(
                version.id(),
                version.title(),
                version.source(),
                version.effectiveFrom(),
                version.prerequisites(),
                version.conditions(),
                version.scoring(),
                version.directRoutes(),
                version.materials(),
                version.validityYears(),
                version.renewal(),
                version.notFound(),
                version.incomplete(),
                version.missing());
    }
}
