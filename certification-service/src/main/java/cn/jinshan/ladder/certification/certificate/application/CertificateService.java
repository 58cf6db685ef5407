package cn.jinshan.ladder.certification.certificate.application;

import cn.jinshan.ladder.certification.audit.application.AuditedAction;
import cn.jinshan.ladder.certification.certificate.domain.Certificate;
import cn.jinshan.ladder.certification.certificate.domain.CertificateEvent;
import cn.jinshan.ladder.certification.certificate.domain.CertificateNotActiveException;
import cn.jinshan.ladder.certification.certificate.domain.CertificateState;
import cn.jinshan.ladder.certification.certificate.domain.CertificateStatus;
import cn.jinshan.ladder.certification.enterprise.application.Portfolio;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/** Issues, shows, revokes and expires certificates; each change is stored with its event in one write. */
@Service
public class CertificateService {

    private final CertificateStore store;
    private final AuditedAction audit;
    private final Portfolio portfolio;
    private final Clock clock;

    CertificateService(CertificateStore store, AuditedAction audit, Portfolio portfolio, Clock clock) {
        this.store = store;
        this.portfolio = portfolio;
        this.audit = audit;
        this.clock = clock;
    }

    /** The id of the certificate an application earns: the same every time, so issuing is idempotent. */
    public static String certificateIdFor(String applicationId) {
        return UUID.nameUUIDFromBytes(("certificate:" + applicationId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public CertificateState issue(IssueCertificate command) {
        String id = certificateIdFor(command.applicationId());
        var existing = store.find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        int year = command.announcedOn().getYear();
        String number =
                "JS-%s-%d-%06d".formatted(command.programme(), year, store.nextNumber(command.programme(), year));
        CertificateEvent issued = Certificate.issue(new Certificate.Issue(
                id,
                command.enterpriseId(),
                command.programme(),
                command.level(),
                number,
                command.announcedOn(),
                command.validityYears(),
                command.ruleVersion(),
                command.applicationId()));
        if (!store.insertIfAbsent(issued.certificate(), List.of(CertificateEvents.envelope(issued, clock.instant())))) {
            return store.find(id).orElseThrow();
        }
        return issued.certificate();
    }

    /** The firm's active certificate of a programme, if it holds one. */
    public Optional<CertificateState> activeOf(String enterpriseId, String programme) {
        return store.findByEnterprise(enterpriseId).stream()
                .filter(certificate -> certificate.status() == CertificateStatus.ACTIVE)
                .filter(certificate -> certificate.programme().equals(programme))
                .findFirst();
    }

    /** The programmes of the firm's active certificates. */
    public List<String> activeProgrammesOf(String enterpriseId) {
        return store.findByEnterprise(enterpriseId).stream()
                .filter(certificate -> certificate.status() == CertificateStatus.ACTIVE)
                .map(CertificateState::programme)
                .toList();
    }

    /** Fails with 409 unless the certificate exists and is active (a renewal can only extend a live certificate). */
    public void requireActive(String id) {
        CertificateState certificate = store.find(id).orElseThrow(() -> new NotFoundException("certificate", id));
        if (certificate.status() != CertificateStatus.ACTIVE) {
            throw new ConflictException(
                    "certificate-not-active",
                    "certificate " + certificate.number() + " is " + certificate.status() + " and cannot be renewed");
        }
    }

    /**
     * Applies an approved renewal (复核) to the certificate it renews: validity extended, {@code CertificateRenewed}
     * stored with it; applying the same renewal again changes nothing.
     */
    public CertificateState renew(RenewCertificate command) {
        CertificateState current = store.find(command.certificateId())
                .orElseThrow(() -> new NotFoundException("certificate", command.certificateId()));
        Certificate certificate = Certificate.restore(current);
        try {
            var renewed = certificate.renew(command.applicationId(), command.announcedOn(), command.ruleVersion());
            if (renewed.isEmpty()) {
                return current;
            }
            store.update(
                    renewed.get().certificate(), List.of(CertificateEvents.envelope(renewed.get(), clock.instant())));
            return renewed.get().certificate();
        } catch (CertificateNotActiveException e) {
            throw new ConflictException("certificate-not-active", e.getMessage());
        }
    }

    /**
     * Certificates: a firm user's own; for a specialist those of the portfolio; without {@code enterpriseId} every
     * active one the caller may see. A firm the caller may not see is 404.
     */
    public List<CertificateState> list(String enterpriseId, CurrentUser caller) {
        if (Portfolio.bound(caller)) {
            Predicate<String> visible = portfolio.visibleTo(caller);
            if (enterpriseId != null && !visible.test(enterpriseId)) {
                throw new NotFoundException("enterprise", enterpriseId);
            }
            List<CertificateState> found =
                    enterpriseId == null ? store.findActive() : store.findByEnterprise(enterpriseId);
            return found.stream()
                    .filter(certificate -> visible.test(certificate.enterpriseId()))
                    .sorted(Comparator.comparing(CertificateState::announcedOn).reversed())
                    .toList();
        }
        String firm = enterpriseId;
        if (caller.has(CurrentUser.Role.ENTERPRISE)) {
            String own = caller.enterpriseId().orElseThrow(() -> new NotFoundException("enterprise", "of the caller"));
            if (firm != null && !firm.equals(own)) {
                throw new NotFoundException("enterprise", firm);
            }
            firm = own;
        }
        List<CertificateState> certificates = firm == null ? store.findActive() : store.findByEnterprise(firm);
        return certificates.stream()
                .sorted(Comparator.comparing(CertificateState::announcedOn).reversed())
                .toList();
    }

    public CertificateState get(String id, CurrentUser caller) {
        CertificateState certificate = store.find(id).orElseThrow(() -> new NotFoundException("certificate", id));
        if (caller.has(CurrentUser.Role.ENTERPRISE) && !caller.belongsTo(certificate.enterpriseId())) {
            throw new NotFoundException("certificate", id);
        }
        if (Portfolio.bound(caller) && !portfolio.visibleTo(caller).test(certificate.enterpriseId())) {
            throw new NotFoundException("certificate", id);
        }
        return certificate;
    }

    /** Revokes an active certificate with a reason; every attempt leaves exactly one audit record. */
    public CertificateState revoke(String id, String reason, CurrentUser official) {
        return audit.run("certificate.revoke", "certificate", id, () -> revokeNow(id, reason, official));
    }

    private CertificateState revokeNow(String id, String reason, CurrentUser official) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "notBlank", "a reason is required to revoke a certificate");
        }
        Certificate certificate =
                Certificate.restore(store.find(id).orElseThrow(() -> new NotFoundException("certificate", id)));
        Instant now = clock.instant();
        try {
            CertificateEvent revoked = certificate.revoke(reason, LocalDate.now(clock), official.subject());
            store.update(revoked.certificate(), List.of(CertificateEvents.envelope(revoked, now)));
            return revoked.certificate();
        } catch (CertificateNotActiveException e) {
            throw new ConflictException("certificate-not-active", e.getMessage());
        }
    }

    /** Sends the expiring-soon notices (90/30/7 days) due on {@code today}; returns how many. */
    public int noticeExpiring(LocalDate today) {
        int sent = 0;
        for (CertificateState state : store.findActive()) {
            Certificate certificate = Certificate.restore(state);
            var notice = certificate.noticeExpiring(today);
            if (notice.isPresent()) {
                store.update(
                        notice.get().certificate(), List.of(CertificateEvents.envelope(notice.get(), clock.instant())));
                sent++;
            }
        }
        return sent;
    }

    /** Expires every active certificate whose validity ended before {@code today}; returns how many. */
    public int expireDue(LocalDate today) {
        int expired = 0;
        for (CertificateState state : store.findActive()) {
            Certificate certificate = Certificate.restore(state);
            if (certificate.expiredBy(today)) {
                CertificateEvent event = certificate.expire();
                store.update(event.certificate(), List.of(CertificateEvents.envelope(event, clock.instant())));
                expired++;
            }
        }
        return expired;
    }
}
