package cn.jinshan.ladder.certification.application.adapter.in.web;

import cn.jinshan.ladder.certification.application.application.Candidate;
import cn.jinshan.ladder.certification.application.application.Candidates;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Firms that meet a programme's criteria and have not applied: for officials and specialists. */
@RestController
class CandidateController {

    private final Candidates candidates;

    CandidateController(Candidates candidates) {
        this.candidates = candidates;
    }

    @GetMapping("/api/eligibility/candidates")
    @PreAuthorize("hasAnyRole('OFFICIAL','SPECIALIST','ADMIN')")
    List<Candidate> candidates(@RequestParam(required = false) String programme) {
        return candidates.find(programme);
    }
}
