package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.Application;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.SelfAssessment;
import cn.jinshan.ladder.certification.eligibility.application.EligibilityService;
import cn.jinshan.ladder.certification.eligibility.domain.EligibilityEvaluator;
import cn.jinshan.ladder.certification.eligibility.domain.Evaluation;
import cn.jinshan.ladder.certification.eligibility.domain.Gap;
import cn.jinshan.ladder.certification.eligibility.domain.MetricValues;
import cn.jinshan.ladder.certification.enterprise.application.EnterpriseDirectory;
import cn.jinshan.ladder.certification.enterprise.application.EnterpriseSnapshot;
import cn.jinshan.ladder.certification.programme.application.ProgrammeCatalogue;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The firm's side of an application: open a prefilled draft, edit it, submit, resubmit, withdraw, read it. */
@Service
public class ApplicationDrafts {

    private final ApplicationStore store;
    private final Transitions transitions;
    private final ProgrammeCatalogue catalogue;
    private final EligibilityService eligibility;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;

    ApplicationDrafts(
            ApplicationStore store,
            Transitions transitions,
            ProgrammeCatalogue catalogue,
            EligibilityService eligibility,
            EnterpriseDirectory enterprises,
            Clock clock) {
        this.store = store;
        this.transitions = transitions;
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public ApplicationState open(OpenApplication command, CurrentUser caller) {
        String firm = ApplicationAccess.ownFirm(caller);
        Programme programme = programme(command.programme());
        RuleVersion version = eligibility.ruleVersion(programme, command.ruleVersion());
        EnterpriseSnapshot snapshot = enterprises.snapshot(firm);
        Instant now = clock.instant();
        Application application = Application.open(new ApplicationState.Opening(
                UUID.randomUUID().toString(),
                firm,
                snapshot.legalName(),
                programme.code(),
                version.id(),
                programme.higherReview(),
                LocalDate.now(clock).getYear(),
                snapshot.metrics(),
                assess(programme, version, snapshot.metrics(), now),
                ApplicationAccess.actor(caller),
                now));
        store.insert(application.state());
        return application.state();
    }

    public ApplicationState edit(
            String id, Map<String, BigDecimal> metrics, Map<String, String> answers, CurrentUser caller) {
        EditRules.check(metrics, answers);
        ApplicationState current = transitions.load(id, caller);
        ApplicationAccess.ownFirm(caller);
        Programme programme = catalogue.get(current.programme());
        RuleVersion version = eligibility.ruleVersion(programme, current.ruleVersion());
        Instant now = clock.instant();
        Application application = Application.restore(current);
        Transitions.perform(() -> {
            application.edit(metrics, answers, assess(programme, version, metrics, now), now);
            return application;
        });
        store.update(application.state(), current.version(), List.of());
        return application.state();
    }

    public ApplicationState submit(String id, boolean commitmentSigned, CurrentUser caller) {
        ApplicationState current = transitions.load(id, caller);
        ApplicationAccess.ownFirm(caller);
        Programme programme = catalogue.get(current.programme());
        LocalDate today = LocalDate.now(clock);
        var window = programme
                .windowOpenOn(today)
                .orElseThrow(() -> new ConflictException(
                        "no-open-window", programme.code() + " has no application window open on " + today));
        int year = today.getYear();
        if (!commitmentSigned) {
            throw new InvalidInputException(
                    "authenticityCommitment", "signed", "the authenticity commitment (真实性承诺) must be signed to submit");
        }
        if (!store.claimSubmission(current.enterpriseId(), current.programme(), year, current.id())) {
            throw new ConflictException(
                    "already-applied-this-year",
                    "the firm has already submitted an application for " + programme.code() + " in " + year);
        }
        try {
            return transitions.apply(
                    current,
                    application -> application.submit(
                            window.id(), year, true, ApplicationAccess.actor(caller), clock.instant()));
        } catch (RuntimeException e) {
            store.releaseSubmission(current.enterpriseId(), current.programme(), year, current.id());
            throw e;
        }
    }

    public ApplicationState resubmit(String id, String comment, CurrentUser caller) {
        ApplicationAccess.ownFirm(caller);
        return transitions.apply(
                id,
                caller,
                application -> application.resubmit(ApplicationAccess.actor(caller), clock.instant(), comment));
    }

    public ApplicationState withdraw(String id, String reason, CurrentUser caller) {
        ApplicationAccess.ownFirm(caller);
        return transitions.apply(
                id,
                caller,
                application -> application.withdraw(reason, ApplicationAccess.actor(caller), clock.instant()));
    }

    public ApplicationState get(String id, CurrentUser caller) {
        return transitions.load(id, caller);
    }

    public List<ApplicationState> list(ApplicationFilter filter, CurrentUser caller) {
        ApplicationFilter scoped = filter;
        if (!caller.isDistrictWide()) {
            String own = ApplicationAccess.ownFirm(caller);
            if (filter.enterpriseId() != null && !filter.enterpriseId().equals(own)) {
                throw new NotFoundException("enterprise", filter.enterpriseId());
            }
            scoped = new ApplicationFilter(own, filter.programme(), filter.status());
        }
        return store.find(scoped);
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

    private static SelfAssessment assess(
            Programme programme, RuleVersion version, Map<String, BigDecimal> metrics, Instant at) {
        Evaluation evaluation = EligibilityEvaluator.evaluate(programme, version, new MetricValues(metrics));
        return new SelfAssessment(
                evaluation.eligible(),
                evaluation.score(),
                evaluation.passMark(),
                evaluation.gaps().stream().map(Gap::description).toList(),
                at);
    }
}
