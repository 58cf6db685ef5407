package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseChanges.Change;
import cn.jinshan.ladder.enterprise.registry.domain.Actor;
import cn.jinshan.ladder.enterprise.registry.domain.CertificateChange;
import cn.jinshan.ladder.enterprise.registry.domain.CreditCode;
import cn.jinshan.ladder.enterprise.registry.domain.Departure;
import cn.jinshan.ladder.enterprise.registry.domain.DomainEvent;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Figures;
import cn.jinshan.ladder.enterprise.registry.domain.Holding;
import cn.jinshan.ladder.enterprise.registry.domain.MetricSource;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.ForbiddenException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** The use cases of the enterprise registry: register, read, list, revise, report figures, assign, climb. */
@Service
public class EnterpriseService {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EnterpriseService.class);
    private static final int ATTEMPTS = 5;

    private final EnterpriseStore store;
    static final String OBJECT_TYPE = "enterprise";

    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<EnterpriseChanges> observers;

    EnterpriseService(EnterpriseStore store, AuditLog audit, Clock clock, ObjectProvider<EnterpriseChanges> observers) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.observers = observers;
    }

    /** Officials register a firm; the id is its checked credit code. */
    public Enterprise register(RegisterEnterprise command, CurrentUser user) {
        CreditCode code = new CreditCode(command.creditCode());
        if (store.find(code.value()).isPresent()) {
            audit.record("enterprise.register", OBJECT_TYPE, code.value(), AuditOutcome.FAILED, "duplicate");
            throw new ConflictException(
                    "duplicate-credit-code", "An enterprise with credit code " + code + " is already registered");
        }
        Enterprise.Registration registration =
                Enterprise.register(code, command.profile(), command.specialist(), actor(user), clock.instant());
        Change change = change();
        store.insert(registration.enterprise(), registration.events(), change);
        told(registration.enterprise(), change);
        audit.record(
                "enterprise.register",
                OBJECT_TYPE,
                code.value(),
                AuditOutcome.SUCCEEDED,
                command.profile().legalName());
        return registration.enterprise();
    }

    /** Registers a firm on behalf of the service itself (demo data, imports); false when it exists already. */
    public boolean registerIfAbsent(RegisterEnterprise command, Actor actor) {
        CreditCode code = new CreditCode(command.creditCode());
        if (store.find(code.value()).isPresent()) {
            return false;
        }
        Enterprise.Registration registration =
                Enterprise.register(code, command.profile(), command.specialist(), actor, clock.instant());
        Change change = change();
        store.insert(registration.enterprise(), registration.events(), change);
        told(registration.enterprise(), change);
        return true;
    }

    /** Stores a firm built elsewhere (demo data) with its events; false when the id is taken. */
    public boolean insertPrepared(Enterprise enterprise, List<DomainEvent> events) {
        if (store.find(enterprise.id().value()).isPresent()) {
            return false;
        }
        Change change = change();
        store.insert(enterprise, events, change);
        told(enterprise, change);
        return true;
    }

    /** The enterprise if the caller may see it; otherwise not found (no existence oracle). */
    public Enterprise get(String id, CurrentUser user) {
        return store.find(id)
                .filter(enterprise -> Access.canRead(enterprise, user))
                .orElseThrow(() -> new NotFoundException("enterprise", id));
    }

    /** The enterprise with its yearly figures if the caller may see it; otherwise not found. */
    public Enterprise getWithFigures(String id, CurrentUser user) {
        return store.findWithFigures(id)
                .filter(enterprise -> Access.canRead(enterprise, user))
                .orElseThrow(() -> new NotFoundException("enterprise", id));
    }

    public PageResult<Enterprise> search(EnterpriseQuery query, String specialistFilter, CurrentUser user) {
        return store.search(Access.scope(query, user, specialistFilter));
    }

    /** Streams every match of the query the caller may see (exports). */
    public void forEach(EnterpriseQuery query, String specialistFilter, CurrentUser user, Consumer<Enterprise> action) {
        store.forEach(Access.scope(query, user, specialistFilter), action);
    }

    /** Officials change the profile; a firm's own users change only its contacts. */
    public Enterprise revise(String id, ProfilePatch patch, CurrentUser user) {
        Enterprise enterprise = get(id, user);
        if (!user.isDistrictWide()) {
            List<String> forbidden = patch.profileFieldsSet();
            if (!user.belongsTo(id) || !forbidden.isEmpty()) {
                throw new ForbiddenException("only contacts may be changed by the firm");
            }
        }
        List<DomainEvent> events =
                enterprise.reviseProfile(patch.applyTo(enterprise.profile()), actor(user), clock.instant());
        if (!events.isEmpty()) {
            Change change = change();
            store.update(enterprise, events, change);
            told(enterprise, change);
            audit.record("enterprise.update", OBJECT_TYPE, id, AuditOutcome.SUCCEEDED);
        }
        return enterprise;
    }

    /** A firm declares its own figures; an official's figures count as verified. */
    public Enterprise reportMetrics(String id, int year, Figures figures, CurrentUser user) {
        Enterprise enterprise = getWithFigures(id, user);
        MetricSource source;
        if (user.isDistrictWide()) {
            source = MetricSource.VERIFIED;
        } else if (user.belongsTo(id)) {
            source = MetricSource.SELF_DECLARED;
        } else {
            throw new ForbiddenException("only the firm or an official reports figures");
        }
        List<DomainEvent> events =
                enterprise.reportMetrics(year, figures, source, actor(user), clock.instant(), currentYear());
        if (!events.isEmpty()) {
            store.updateFigures(enterprise, events);
            audit.record("enterprise.metrics", OBJECT_TYPE, id, AuditOutcome.SUCCEEDED, year + " " + source);
        }
        return enterprise;
    }

    /** Officials (re)assign the specialist who accompanies a firm. */
    public Enterprise assignSpecialist(String id, Specialist specialist, CurrentUser user) {
        Enterprise enterprise = get(id, user);
        if (!user.isDistrictWide()) {
            throw new ForbiddenException("only officials assign specialists");
        }
        List<DomainEvent> events = enterprise.assignSpecialist(specialist, actor(user), clock.instant());
        if (!events.isEmpty()) {
            Change change = change();
            store.update(enterprise, events, change);
            told(enterprise, change);
        }
        audit.record(
                "enterprise.assign-specialist",
                OBJECT_TYPE,
                id,
                AuditOutcome.SUCCEEDED,
                specialist == null ? "cleared" : specialist.username());
        return enterprise;
    }

    /** Officials record that a firm left the district (迁出/注销); audited, denied attempts too. */
    public Enterprise leaveDistrict(String id, LocalDate on, Departure.Reason reason, String note, CurrentUser user) {
        Enterprise enterprise = get(id, user);
        if (!user.isDistrictWide()) {
            throw new ForbiddenException("only officials record departures");
        }
        Change change = change();
        try {
            List<DomainEvent> events = enterprise.leaveDistrict(
                    on, reason, note, actor(user), change.at(), LocalDate.now(clock.withZone(SHANGHAI)));
            store.update(enterprise, events, change);
        } catch (RuntimeException e) {
            audit.record("enterprise.depart", OBJECT_TYPE, id, AuditOutcome.FAILED, e.getMessage());
            throw e;
        }
        told(enterprise, change);
        audit.record("enterprise.depart", OBJECT_TYPE, id, AuditOutcome.SUCCEEDED, reason + " " + on);
        return enterprise;
    }

    /**
     * Applies a certificate event to the holder's ladder, dated when it happened (so a replay writes the same
     * history); retried when a concurrent write got there first.
     */
    public void applyCertificate(String enterpriseId, CertificateChange certificate, Instant occurredAt) {
        for (int attempt = 1; ; attempt++) {
            Enterprise enterprise =
                    store.find(enterpriseId).orElseThrow(() -> new UnknownEnterpriseException(enterpriseId));
            Holding before = enterprise.holding(certificate.certificateId());
            List<DomainEvent> events = enterprise.applyCertificate(certificate, occurredAt);
            if (events.isEmpty() && Objects.equals(before, enterprise.holding(certificate.certificateId()))) {
                told(enterprise, change());
                return;
            }
            Change stored = change();
            try {
                store.update(enterprise, events, stored);
                told(enterprise, stored);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Applies figures on behalf of an import run by an official (verified), without audit per row. */
    public boolean importMetrics(String id, int year, Figures figures, Actor actor) {
        Enterprise enterprise = store.findWithFigures(id).orElseThrow(() -> new NotFoundException("enterprise", id));
        List<DomainEvent> events =
                enterprise.reportMetrics(year, figures, MetricSource.VERIFIED, actor, clock.instant(), currentYear());
        if (events.isEmpty()) {
            return false;
        }
        store.updateFigures(enterprise, events);
        return true;
    }

    /** Applies a profile on behalf of an import; false when nothing changed. */
    public boolean importProfile(String id, ProfilePatch patch, Actor actor) {
        Enterprise enterprise = store.find(id).orElseThrow(() -> new NotFoundException("enterprise", id));
        List<DomainEvent> events =
                enterprise.reviseProfile(patch.applyTo(enterprise.profile()), actor, clock.instant());
        if (events.isEmpty()) {
            return false;
        }
        Change change = change();
        store.update(enterprise, events, change);
        told(enterprise, change);
        return true;
    }

    /** The enterprise regardless of who asks (imports, seeding). */
    public java.util.Optional<Enterprise> find(String id) {
        return store.find(id);
    }

    /**
     * Every stored enterprise with its holdings, one at a time, regardless of who asks (read-model rebuilds); the list
     * read model takes each on the way.
     */
    public void forEachEnterprise(Consumer<Enterprise> action) {
        store.forEachStored(action);
    }

    /** Moves the figures of enterprises stored in the old shape (written before they had their own place). */
    public int moveEmbeddedFigures() {
        return store.moveEmbeddedFigures();
    }

    public boolean isEmpty() {
        return store.isEmpty();
    }

    /**
     * Tells the observers of a stored change and settles it; if one fails, the change stays pending in the
     * enterprise's document and {@link PendingChangesRelay} completes it (the write itself stands).
     */
    private void told(Enterprise enterprise, Change change) {
        try {
            observers.orderedStream().forEach(observer -> observer.changed(enterprise, change));
            store.settle(enterprise.id().value(), List.of(change.id()));
        } catch (RuntimeException e) {
            log.warn("change {} of enterprise {} left for the relay: {}", change.id(), enterprise.id(), e.toString());
        }
    }

    private Change change() {
        return new Change(UUID.randomUUID().toString(), clock.instant());
    }

    Year currentYear() {
        return Year.now(clock.withZone(SHANGHAI));
    }

    static Actor actor(CurrentUser user) {
        return new Actor(user.subject(), user.username());
    }
}
