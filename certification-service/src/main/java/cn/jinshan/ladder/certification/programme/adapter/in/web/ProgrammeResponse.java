package cn.jinshan.ladder.certification.programme.adapter.in.web;

import cn.jinshan.ladder.certification.programme.domain.ApplicationWindow;
import cn.jinshan.ladder.certification.programme.domain.Level;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import java.util.List;

/** A programme as the API shows it, saying whether (and where) its rules are incomplete. */
record ProgrammeResponse(
        String code,
        String name,
        Level level,
        String authority,
        Integer rung,
        boolean higherReview,
        boolean incomplete,
        List<String> missing,
        List<RuleVersionResponse> ruleVersions,
        List<ApplicationWindow> windows) {

    static ProgrammeResponse of(Programme programme) {
        return new ProgrammeResponse(
                programme.code(),
                programme.name(),
                programme.level(),
                programme.authority(),
                programme.rung(),
                programme.higherReview(),
                programme.incomplete(),
                programme.missing(),
                programme.ruleVersions().stream().map(RuleVersionResponse::of).toList(),
                programme.windows());
    }
}
