package cn.jinshan.ladder.certification.eligibility.adapter.in.web;

import cn.jinshan.ladder.certification.eligibility.application.EligibilityService;
import cn.jinshan.ladder.certification.eligibility.domain.Evaluation;
import cn.jinshan.ladder.kit.security.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Explained eligibility evaluations against a programme's rule version. */
@RestController
@RequestMapping("/api/eligibility")
class EligibilityController {

    private final EligibilityService eligibility;

    EligibilityController(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @PostMapping("/evaluations")
    Evaluation evaluate(@RequestBody EvaluationRequest request, CurrentUser caller) {
        return eligibility.evaluate(request.toCommand(), caller);
    }
}
