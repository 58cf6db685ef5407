package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.certification.eligibility.application.EligibilityService;
import cn.jinshan.ladder.certification.eligibility.domain.EligibilityEvaluator;
import cn.jinshan.ladder.certification.eligibility.domain.Evaluation;
import cn.jinshan.ladder.certification.eligibility.domain.MetricValues;
import cn.jinshan.ladder.certification.enterprise.application.EnterpriseDirectory;
import cn.jinshan.ladder.certification.enterprise.application.EnterpriseSnapshot;
import cn.jinshan.ladder.certification.programme.application.ProgrammeCatalogue;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Candidates for a programme: the firms the caller may see (through enterprise-service) that meet the rule version
 * in force on their latest figures, do not hold the programme and have no application for it (withdrawn ones aside).
 */
@Service
public class Candidates {

    private final ProgrammeCatalogue catalogue;
    private final EligibilityService eligibility;
    private final EnterpriseDirectory enterprises;
    private final ApplicationStore applications;

    Candidates(
            ProgrammeCatalogue catalogue,
            EligibilityService eligibility,
            EnterpriseDirectory enterprises,
            ApplicationStore applications) {
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.enterprises = enterprises;
        this.applications = applications;
    }

    public List<Candidate> find(String programmeCode) {
        Programme programme = programme(programmeCode);
        RuleVersion version = eligibility.ruleVersion(programme, null);
        Set<String> applied = applications.find(new ApplicationFilter(null, programme.code(), null)).stream()
                .filter(application -> application.status() != ApplicationStatus.WITHDRAWN)
                .map(application -> application.enterpriseId())
                .collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>();
        for (String enterpriseId : enterprises.enterpriseIds()) {
            if (applied.contains(enterpriseId)) {
                continue;
            }
            EnterpriseSnapshot firm = enterprises.snapshot(enterpriseId);
            if (firm.activeProgrammes().contains(programme.code())) {
                continue;
            }
            Evaluation evaluation = EligibilityEvaluator.evaluate(programme, version, new MetricValues(firm.metrics()));
            if (evaluation.eligible()) {
                candidates.add(new Candidate(
                        enterpriseId,
                        firm.legalName(),
                        firm.town(),
                        version.id(),
                        evaluation.score(),
                        evaluation.directRoute() == null
                                ? null
                                : evaluation.directRoute().id()));
            }
        }
        candidates.sort(Comparator.comparing(
                        (Candidate candidate) -> candidate.score() == null ? BigDecimal.ZERO : candidate.score())
                .reversed()
                .thenComparing(Candidate::enterpriseId));
        return candidates;
    }

    private Programme programme(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("programme", "notBlank", "must name a programme, e.g. SPECIALIZED_NEW");
        }
        try {
            return catalogue.get(code);
        } catch (NotFoundException e) {
            throw new InvalidInputException("programme", "known", "there is no programme " + code);
        }
    }
}
