package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.certification.audit.application.AuditedAction;
import cn.jinshan.ladder.certification.certificate.application.CertificateService;
import cn.jinshan.ladder.certification.certificate.application.IssueCertificate;
import cn.jinshan.ladder.certification.certificate.application.RenewCertificate;
import cn.jinshan.ladder.certification.programme.application.ProgrammeCatalogue;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The officials' side: district review, return, recommendation, higher outcomes, publicity and the decision; each
 * return, rejection and approval leaves exactly one audit record.
 */
@Service
public class ApplicationReview {

    static final Duration UNCONFIRMED_NOTE_KEPT = Duration.ofHours(2);

    private final ApplicationStore store;
    private final Transitions transitions;
    private final ProgrammeCatalogue catalogue;
    private final CertificateService certificates;
    private final AuditedAction audit;
    private final Clock clock;

    ApplicationReview(
            ApplicationStore store,
            Transitions transitions,
            ProgrammeCatalogue catalogue,
            CertificateService certificates,
            AuditedAction audit,
            Clock clock) {
        this.store = store;
        this.audit = audit;
        this.transitions = transitions;
        this.catalogue = catalogue;
        this.certificates = certificates;
        this.clock = clock;
    }

    public ApplicationState startReview(String id, String comment, CurrentUser official) {
        return transitions.apply(
                id,
                official,
                application -> application.startReview(ApplicationAccess.actor(official), clock.instant(), comment));
    }

    public ApplicationState returnForMaterials(String id, String reason, CurrentUser official) {
        return audit.run(
                "application.return",
                "application",
                id,
                () -> transitions.apply(
                        id,
                        official,
                        application -> application.returnForMaterials(
                                reason, ApplicationAccess.actor(official), clock.instant())));
    }

    public ApplicationState recommend(String id, String comment, CurrentUser official) {
        return transitions.apply(
                id,
                official,
                application -> application.recommend(ApplicationAccess.actor(official), clock.instant(), comment));
    }

    public ApplicationState startPublicity(String id, LocalDate endsOn, String comment, CurrentUser official) {
        return transitions.apply(
                id,
                official,
                application -> application.startPublicity(
                        endsOn, ApplicationAccess.actor(official), clock.instant(), comment));
    }

    public ApplicationState reject(String id, String reason, CurrentUser official) {
        return audit.run(
                "application.reject",
                "application",
                id,
                () -> transitions.apply(
                        id,
                        official,
                        application -> application.reject(reason, ApplicationAccess.actor(official), clock.instant())));
    }

    /**
     * Issues the certificate of every approved application that has none yet (an approval whose certificate write
     * failed) and applies every approved renewal not yet applied; both are idempotent, so running it again changes
     * nothing. The first run checks every approved application; later runs only those noted by an approval since the
     * previous run (by {@code _id}), so the hourly job does not scan; a note is dropped once its certificate is checked,
     * or after {@link #UNCONFIRMED_NOTE_KEPT} when its approval was never written. Returns how many approved
     * applications were checked.
     */
    public int issueMissingCertificates() {
        if (!store.approvedCheckedOnce()) {
            List<ApplicationState> approved = store.find(new ApplicationFilter(null, null, ApplicationStatus.APPROVED));
            approved.forEach(this::issueCertificate);
            store.markApprovedCheckedOnce();
            return approved.size();
        }
        int checked = 0;
        Instant dropBefore = clock.instant().minus(UNCONFIRMED_NOTE_KEPT);
        for (Map.Entry<String, Instant> due : store.certificatesDue().entrySet()) {
            var application = store.find(due.getKey());
            if (application.isPresent() && application.get().status() == ApplicationStatus.APPROVED) {
                issueCertificate(application.get());
                store.certificateSettled(due.getKey());
                checked++;
            } else if (due.getValue().isBefore(dropBefore)) {
                store.certificateSettled(due.getKey());
            }
        }
        return checked;
    }

    /** Approves after publicity and issues the certificate under the application's rule version. */
    public ApplicationState approve(String id, LocalDate announcedOn, String comment, CurrentUser official) {
        return audit.run("application.approve", "application", id, () -> decide(id, announcedOn, comment, official));
    }

    private ApplicationState decide(String id, LocalDate announcedOn, String comment, CurrentUser official) {
        String certificateId = CertificateService.certificateIdFor(id);
        ApplicationState current = transitions.load(id, official);
        if (current.renewal()) {
            certificates.requireActive(current.renewsCertificateId());
        }
        store.certificateDue(id, clock.instant());
        ApplicationState approved = transitions.apply(
                current,
                application -> application.approve(
                        announcedOn, certificateId, ApplicationAccess.actor(official), clock.instant(), comment));
        issueCertificate(approved);
        return approved;
    }

    private void issueCertificate(ApplicationState approved) {
        if (approved.renewal()) {
            certificates.renew(new RenewCertificate(
                    approved.renewsCertificateId(), approved.id(), approved.announcedOn(), approved.ruleVersion()));
            return;
        }
        Programme programme = catalogue.get(approved.programme());
        Integer validityYears = programme
                .ruleVersion(approved.ruleVersion())
                .map(RuleVersion::validityYears)
                .orElse(null);
        certificates.issue(new IssueCertificate(
                approved.id(),
                approved.enterpriseId(),
                approved.programme(),
                programme.level().name(),
                approved.ruleVersion(),
                validityYears,
                approved.announcedOn()));
    }
}
