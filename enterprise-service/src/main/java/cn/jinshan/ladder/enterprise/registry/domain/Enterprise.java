package cn.jinshan.ladder.enterprise.registry.domain;

import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An enterprise on the ladder: its profile, assigned specialist, yearly figures with their history, the
 * certificates it holds and its stage history. Every change is a method that returns the events it causes.
 */
public final class Enterprise {

    private final CreditCode id;
    private Profile profile;
    private Specialist specialist;
    private final List<YearMetrics> metrics;
    private final List<MetricChange> metricHistory;
    private final List<Holding> holdings;
    private final List<StageEntry> stages;
    private Rung rung;
    private final Instant registeredAt;
    private final String registeredBy;
    private Instant updatedAt;
    private final long version;
    private Departure departure;
    private final long figuresVersion;

    /**
     * Rebuilds an enterprise from its stored state. {@code figuresVersion} is the version of its stored yearly figures
     * (0 when it has none yet), or {@link #FIGURES_NOT_LOADED} when they were not read (the profile alone).
     */
    public Enterprise(
            CreditCode id,
            Profile profile,
            Specialist specialist,
            List<YearMetrics> metrics,
            List<MetricChange> metricHistory,
            List<Holding> holdings,
            List<StageEntry> stages,
            Rung rung,
            Instant registeredAt,
            String registeredBy,
            Instant updatedAt,
            long version,
            Departure departure,
            long figuresVersion) {
        this.id = Objects.requireNonNull(id);
        this.profile = profile;
        this.specialist = specialist;
        this.metrics = new ArrayList<>(metrics);
        this.metricHistory = new ArrayList<>(metricHistory);
        this.holdings = new ArrayList<>(holdings);
        this.stages = new ArrayList<>(stages);
        this.rung = rung == null ? Rung.STARTUP : rung;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.updatedAt = updatedAt;
        this.version = version;
        this.departure = departure;
        this.figuresVersion = figuresVersion;
    }

    /** {@link #figuresVersion()} of an enterprise read without its yearly figures. */
    public static final long FIGURES_NOT_LOADED = -1;

    /** Registers a firm (企业入库) on the first rung. */
    public static Registration register(CreditCode id, Profile profile, Specialist specialist, Actor by, Instant at) {
        ProfileRules.check(profile);
        Enterprise enterprise = new Enterprise(
                id,
                profile,
                specialist,
                List.of(),
                List.of(),
                List.of(),
                List.of(new StageEntry(Rung.STARTUP, at, null, "registered", null)),
                Rung.STARTUP,
                at,
                by.subject(),
                at,
                0,
                null,
                0);
        DomainEvent event = new DomainEvent(
                EnterpriseEvents.REGISTERED,
                1,
                new EnterpriseEvents.Registered(
                        id.value(),
                        id.value(),
                        profile.legalName(),
                        profile.shortName(),
                        profile.town(),
                        profile.cluster(),
                        specialist == null ? null : specialist.subject(),
                        specialist == null ? null : specialist.username(),
                        by.subject()));
        return new Registration(enterprise, List.of(event));
    }

    /** A new enterprise and the events its registration caused. */
    public record Registration(Enterprise enterprise, List<DomainEvent> events) {}

    /** Replaces the profile (officials); answers no event when nothing changed. */
    public List<DomainEvent> reviseProfile(Profile revised, Actor by, Instant at) {
        ProfileRules.check(revised);
        List<String> changed = ProfileRules.changedFields(profile, revised);
        if (changed.isEmpty()) {
            return List.of();
        }
        profile = revised;
        updatedAt = at;
        return List.of(updatedEvent(changed, by));
    }

    /** Replaces the contacts only (what a firm's own users may change). */
    public List<DomainEvent> replaceContacts(List<Contact> contacts, Actor by, Instant at) {
        return reviseProfile(profile.withContacts(contacts), by, at);
    }

    /** Records a year's figures; every changed figure enters the history. */
    public List<DomainEvent> reportMetrics(
            int year, Figures figures, MetricSource source, Actor by, Instant at, Year currentYear) {
        if (!figuresLoaded()) {
            throw new IllegalStateException("figures of " + id + " were not read; they cannot be compared");
        }
        FiguresRules.check(year, figures, currentYear);
        YearMetrics previous = metricsFor(year);
        java.util.Map<String, Object> before =
                previous == null ? Figures.NONE.asMap() : previous.figures().asMap();
        java.util.Map<String, Object> after = figures.asMap();
        List<String> changed = new ArrayList<>();
        for (String field : after.keySet()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changed.add(field);
                metricHistory.add(new MetricChange(
                        year, field, text(before.get(field)), text(after.get(field)), source, by.username(), at));
            }
        }
        boolean sourceChanged = previous != null && previous.source() != source;
        if (changed.isEmpty() && !sourceChanged && previous != null) {
            return List.of();
        }
        if (sourceChanged && changed.isEmpty()) {
            metricHistory.add(new MetricChange(
                    year, "source", previous.source().name(), source.name(), source, by.username(), at));
        }
        metrics.removeIf(m -> m.year() == year);
        metrics.add(new YearMetrics(year, figures, source, at, by.username()));
        metrics.sort(Comparator.comparingInt(YearMetrics::year));
        updatedAt = at;
        return List.of(new DomainEvent(
                EnterpriseEvents.METRICS_REPORTED,
                1,
                new EnterpriseEvents.MetricsReported(id.value(), year, source.name(), changed, after, by.subject())));
    }

    /** Assigns (or clears, with null) the service specialist. */
    public List<DomainEvent> assignSpecialist(Specialist assigned, Actor by, Instant at) {
        if (Objects.equals(specialist, assigned)) {
            return List.of();
        }
        Specialist previous = specialist;
        specialist = assigned;
        updatedAt = at;
        return List.of(new DomainEvent(
                EnterpriseEvents.SPECIALIST_ASSIGNED,
                1,
                new EnterpriseEvents.SpecialistAssigned(
                        id.value(),
                        assigned == null ? null : assigned.subject(),
                        assigned == null ? null : assigned.username(),
                        previous == null ? null : previous.subject(),
                        previous == null ? null : previous.username(),
                        by.subject())));
    }

    /**
     * Records that the firm left the district (迁出/注销) on a day not in the future and not before its registration;
     * a firm leaves once (a second time is a conflict).
     */
    public List<DomainEvent> leaveDistrict(
            LocalDate on, Departure.Reason reason, String note, Actor by, Instant at, LocalDate today) {
        if (departure != null) {
            throw new ConflictException(
                    "already-left", "The enterprise " + id + " left the district on " + departure.on());
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("date", "notFuture", "The departure date must not lie in the future");
        }
        if (profile.registrationDate() != null && on.isBefore(profile.registrationDate())) {
            throw new InvalidInputException(
                    "date", "notBeforeRegistration", "The departure date must not precede the registration date");
        }
        departure = new Departure(on, reason, note, by.subject(), at);
        updatedAt = at;
        return List.of(new DomainEvent(
                EnterpriseEvents.LEFT_DISTRICT,
                1,
                new EnterpriseEvents.LeftDistrict(id.value(), on, reason.name(), note, by.subject())));
    }

    /** Applies a certificate event: the holding is upserted and the rung recomputed (moves up or down). */
    public List<DomainEvent> applyCertificate(CertificateChange change, Instant at) {
        if (change.certificateId() == null || change.certificateId().isBlank()) {
            throw new InvalidInputException("certificateId", "notBlank", "A certificate event names its certificate");
        }
        Holding existing = holding(change.certificateId());
        Holding updated = new Holding(
                change.certificateId(),
                firstNonNull(change.programme(), existing == null ? null : existing.programme()),
                firstNonNull(change.level(), existing == null ? null : existing.level()),
                firstNonNull(change.number(), existing == null ? null : existing.number()),
                firstNonNull(change.validFrom(), existing == null ? null : existing.validFrom()),
                firstNonNull(change.validUntil(), existing == null ? null : existing.validUntil()),
                firstNonNull(change.ruleVersion(), existing == null ? null : existing.ruleVersion()),
                firstNonNull(change.announcedOn(), existing == null ? null : existing.announcedOn()),
                change.resultingStatus(),
                change.reason(),
                at);
        if (updated.sameFacts(existing)) {
            return List.of();
        }
        holdings.removeIf(h -> h.certificateId().equals(change.certificateId()));
        holdings.add(updated);
        updatedAt = at;
        Rung before = rung;
        Rung after = currentRung();
        if (before == after) {
            return List.of();
        }
        rung = after;
        StageEntry current = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        Instant moved = current != null && at.isBefore(current.enteredAt()) ? current.enteredAt() : at;
        if (current != null && current.exitedAt() == null) {
            stages.set(stages.size() - 1, current.exit(moved));
        }
        String cause = change.cause(updated.programme(), updated.number());
        stages.add(new StageEntry(after, moved, null, cause, updated.certificateId()));
        return List.of(new DomainEvent(
                EnterpriseEvents.RUNG_CHANGED,
                1,
                new EnterpriseEvents.RungChanged(
                        id.value(),
                        before.name(),
                        after.name(),
                        after.ordinal() > before.ordinal() ? "UP" : "DOWN",
                        cause,
                        updated.certificateId(),
                        updated.programme(),
                        moved)));
    }

    private Rung currentRung() {
        return holdings.stream()
                .filter(Holding::isActive)
                .map(h -> Rung.ofProgramme(h.programme()))
                .flatMap(java.util.Optional::stream)
                .max(Comparator.naturalOrder())
                .orElse(Rung.STARTUP);
    }

    private DomainEvent updatedEvent(List<String> changed, Actor by) {
        return new DomainEvent(
                EnterpriseEvents.UPDATED,
                1,
                new EnterpriseEvents.Updated(
                        id.value(),
                        changed,
                        profile.legalName(),
                        profile.shortName(),
                        profile.registrationDate(),
                        profile.town(),
                        profile.park(),
                        profile.cluster(),
                        profile.subSector(),
                        profile.aboveScale(),
                        profile.aboveScaleSince(),
                        profile.digitallyTransformed(),
                        profile.digitallyTransformedSince(),
                        profile.contacts().stream()
                                .map(Contact::userId)
                                .filter(Objects::nonNull)
                                .toList(),
                        by.subject()));
    }

    private static <T> T firstNonNull(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public YearMetrics metricsFor(int year) {
        return metrics.stream().filter(m -> m.year() == year).findFirst().orElse(null);
    }

    public Holding holding(String certificateId) {
        return holdings.stream()
                .filter(h -> h.certificateId().equals(certificateId))
                .findFirst()
                .orElse(null);
    }

    /** True when the caller is this firm's assigned specialist. */
    public boolean isAccompaniedBy(String subject, String username) {
        return specialist != null && specialist.isCaller(subject, username);
    }

    public CreditCode id() {
        return id;
    }

    public Profile profile() {
        return profile;
    }

    public Specialist specialist() {
        return specialist;
    }

    public List<YearMetrics> metrics() {
        return List.copyOf(metrics);
    }

    public List<MetricChange> metricHistory() {
        return List.copyOf(metricHistory);
    }

    public List<Holding> holdings() {
        return List.copyOf(holdings);
    }

    public List<StageEntry> stages() {
        return List.copyOf(stages);
    }

    public Rung rung() {
        return rung;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** How the firm left the district; null while it is in it. */
    public Departure departure() {
        return departure;
    }

    public boolean hasLeft() {
        return departure != null;
    }

    /** The version of the stored yearly figures, or {@link #FIGURES_NOT_LOADED}. */
    public long figuresVersion() {
        return figuresVersion;
    }

    public boolean figuresLoaded() {
        return figuresVersion != FIGURES_NOT_LOADED;
    }

    public long version() {
        return version;
    }
}
