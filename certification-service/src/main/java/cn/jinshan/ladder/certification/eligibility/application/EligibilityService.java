package cn.jinshan.ladder.certification.eligibility.application;

import cn.jinshan.ladder.certification.eligibility.domain.EligibilityEvaluator;
import cn.jinshan.ladder.certification.eligibility.domain.Evaluation;
import cn.jinshan.ladder.certification.eligibility.domain.MetricValues;
import cn.jinshan.ladder.certification.enterprise.application.EnterpriseDirectory;
import cn.jinshan.ladder.certification.programme.application.ProgrammeCatalogue;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Evaluates eligibility for a programme: picks the rule version, gathers the figures, explains the outcome. */
@Service
public class EligibilityService {

    private final ProgrammeCatalogue catalogue;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;

    EligibilityService(ProgrammeCatalogue catalogue, EnterpriseDirectory enterprises, Clock clock) {
        this.catalogue = catalogue;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public Evaluation evaluate(EvaluateEligibility command, CurrentUser caller) {
        boolean byFirm =
                command.enterpriseId() != null && !command.enterpriseId().isBlank();
        boolean byFigures = command.metrics() != null;
        if (byFirm == byFigures) {
            throw new InvalidInputException(
                    "enterpriseId", "exactlyOneOf", "give either enterpriseId or metrics, not both and not neither");
        }
        Programme programme = programme(command.programme());
        RuleVersion version = ruleVersion(programme, command.ruleVersion());
        MetricValues metrics = byFirm
                ? new MetricValues(firmMetrics(command.enterpriseId(), caller))
                : new MetricValues(command.metrics());
        return EligibilityEvaluator.evaluate(programme, version, metrics);
    }

    /** The firm's figures as enterprise-service reports them; a firm user sees only their own firm. */
    private Map<String, BigDecimal> firmMetrics(String enterpriseId, CurrentUser caller) {
        if (caller.has(CurrentUser.Role.ENTERPRISE) && !caller.belongsTo(enterpriseId)) {
            throw new NotFoundException("enterprise", enterpriseId);
        }
        return enterprises.snapshot(enterpriseId).metrics();
    }

    /** The rule version asked for, or the one in force today. */
    public RuleVersion ruleVersion(Programme programme, String requested) {
        if (requested == null || requested.isBlank()) {
            return programme
                    .ruleVersionOn(LocalDate.now(clock))
                    .orElseThrow(() -> new InvalidInputException(
                            "programme", "hasRuleVersion", programme.code() + " has no rule version yet"));
        }
        return programme
                .ruleVersion(requested)
                .orElseThrow(() -> new InvalidInputException(
                        "ruleVersion", "known", programme.code() + " has no rule version " + requested));
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
