package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.Application;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.SelfAssessment;
import cn.jinshan.ladder.certification.certificate.application.CertificateService;
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
    private final CertificateService certificates;
    private final Clock clock;

    ApplicationDrafts(
            ApplicationStore store,
            Transitions transitions,
            ProgrammeCatalogue catalogue,
            EligibilityService eligibility,
            EnterpriseDirectory enterprises,
            CertificateService certificates,
            Clock clock) {
        this.store = store;
        this.transitions = transitions;
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.enterprises = enterprises;
        this.certificates = certificates;
        this.clock = clock;
    }

    public ApplicationState open(OpenApplication command, CurrentUser caller) {
        String firm = ApplicationAccess.ownFirm(caller);
        Programme programme = programme(command.programme());
        RuleVersion version = eligibility.ruleVersion(programme, command.ruleVersion());
        EnterpriseSnapshot snapshot = enterprises.snapshot(firm);
        String renews = command.renewal() ? renewalPrerequisites(firm, programme, snapshot) : null;
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
                now,
                renews));
        var window = programme.windowOpenOrNext(LocalDate.now(clock)).orElse(null);
        store.insert(
                application.state(),
                List.of(ApplicationEvents.draftOpened(application.state(), window, clock.getZone())));
        return application.state();
    }

    /**
     * 复核 prerequisites: an active certificate of the programme, no active certificate higher on the ladder (a firm
     * renews at its highest tier) and the annual data update done (the latest figures are for last year). Returns the
     * id of the certificate renewed.
     */
    private String renewalPrerequisites(String firm, Programme programme, EnterpriseSnapshot snapshot) {
        var held = certificates
                .activeOf(firm, programme.code())
                .orElseThrow(() -> new ConflictException(
                        "renewal-needs-certificate",
                        "the firm holds no active " + programme.code() + " certificate to renew"));
        LocalDate today = LocalDate.now(clock);
        if (held.validUntil() != null && held.validUntil().isBefore(today)) {
            throw new ConflictException(
                    "renewal-needs-certificate", "certificate " + held.number() + " expired on " + held.validUntil());
        }
        if (programme.rung() != null) {
            List<String> heldProgrammes = certificates.activeProgrammesOf(firm);
            for (Programme other : catalogue.all()) {
                if (heldProgrammes.contains(other.code()) && other.rung() != null && other.rung() > programme.rung()) {
                    throw new ConflictException(
                            "renewal-not-highest-tier",
                            "the firm holds " + other.code() + ", higher on the ladder than " + programme.code()
                                    + "; renew that one");
                }
            }
        }
        int lastYear = today.getYear() - 1;
        if (snapshot.year() == null || snapshot.year() < lastYear) {
            throw new ConflictException(
                    "annual-update-missing",
                    "the firm's latest figures are for " + (snapshot.year() == null ? "no year" : snapshot.year())
                            + "; the annual data update (年度数据更新) for " + lastYear + " must be done before renewing");
        }
        return held.id();
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
        String claim = current.renewal() ? current.programme() + ":RENEWAL" : current.programme();
        if (!store.claimSubmission(current.enterpriseId(), claim, year, current.id())) {
            throw new ConflictException(
                    "already-applied-this-year",
                    "the firm has already submitted " + (current.renewal() ? "a renewal" : "an application") + " for "
                            + programme.code() + " in " + year);
        }
        try {
            return transitions.apply(
                    current,
                    application -> application.submit(
                            window.id(), year, true, ApplicationAccess.actor(caller), clock.instant()));
        } catch (RuntimeException e) {
            store.releaseSubmission(current.enterpriseId(), claim, year, current.id());
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
