package cn.jinshan.ladder.certification.listing.application;

import cn.jinshan.ladder.certification.certificate.application.CertificateService;
import cn.jinshan.ladder.certification.certificate.application.IssueCertificate;
import cn.jinshan.ladder.certification.enterprise.application.Portfolio;
import cn.jinshan.ladder.certification.listing.domain.Board;
import cn.jinshan.ladder.certification.listing.domain.ListingPipeline;
import cn.jinshan.ladder.certification.listing.domain.ListingRuleException;
import cn.jinshan.ladder.certification.listing.domain.ListingStage;
import cn.jinshan.ladder.certification.programme.application.ProgrammeCatalogue;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Listing pipelines (上市/挂牌进程): officials record milestones; subsidised ones emit {@code ListingMilestoneReached};
 * reaching 发行上市 or 挂牌 issues the firm's {@code LISTING} certificate. A firm reads only its own pipeline.
 */
@Service
@EnableConfigurationProperties(ListingProperties.class)
public class ListingService {

    static final String LISTING = "LISTING";

    private final ListingStore store;
    private final ListingProperties properties;
    private final CertificateService certificates;
    private final ProgrammeCatalogue catalogue;
    private final Portfolio portfolio;
    private final Clock clock;

    ListingService(
            ListingStore store,
            ListingProperties properties,
            CertificateService certificates,
            ProgrammeCatalogue catalogue,
            Portfolio portfolio,
            Clock clock) {
        this.store = store;
        this.portfolio = portfolio;
        this.properties = properties;
        this.certificates = certificates;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public ListingPipeline record(RecordMilestone command, CurrentUser official) {
        Board board = command.board() == null ? null : parse(Board.class, "board", command.board());
        ListingStage stage =
                command.milestone() == null ? null : parse(ListingStage.class, "milestone", command.milestone());
        LocalDate reachedOn = date(command.reachedOn());
        var stored = store.find(command.enterpriseId());
        ListingPipeline pipeline =
                stored.orElseGet(() -> new ListingPipeline(command.enterpriseId(), null, List.of(), 0));
        ListingPipeline.Reached reached;
        try {
            reached = pipeline.record(
                    board,
                    stage,
                    reachedOn,
                    LocalDate.now(clock),
                    properties.subsidiesWan(),
                    official.subject(),
                    clock.instant());
        } catch (ListingRuleException e) {
            throw new InvalidInputException(e.field(), e.rule(), e.getMessage());
        }
        List<EventEnvelope> events = reached.subsidyWan() == null || reached.subsidyWan() <= 0
                ? List.of()
                : List.of(ListingEvents.milestoneReached(command.enterpriseId(), reached));
        store.save(pipeline, stored.isEmpty(), events);
        if (reached.completes()) {
            issueListingCertificate(command.enterpriseId(), reached.milestone().reachedOn());
        }
        return pipeline;
    }

    /** The pipeline of a firm; a firm's user sees only its own (another firm's is 404). */
    public ListingPipeline get(String enterpriseId, CurrentUser caller) {
        if (caller.has(CurrentUser.Role.ENTERPRISE) && !caller.belongsTo(enterpriseId)) {
            throw new NotFoundException("listing", enterpriseId);
        }
        if (Portfolio.bound(caller) && !portfolio.visibleTo(caller).test(enterpriseId)) {
            throw new NotFoundException("listing", enterpriseId);
        }
        return store.find(enterpriseId).orElseThrow(() -> new NotFoundException("listing", enterpriseId));
    }

    /** Every pipeline for district-wide roles, a specialist's portfolio's; a firm's user gets its own (or none). */
    public List<ListingPipeline> list(CurrentUser caller) {
        if (caller.has(CurrentUser.Role.ENTERPRISE)) {
            return caller.enterpriseId().flatMap(store::find).stream().toList();
        }
        if (Portfolio.bound(caller)) {
            Predicate<String> visible = portfolio.visibleTo(caller);
            return store.findAll().stream()
                    .filter(pipeline -> visible.test(pipeline.enterpriseId()))
                    .toList();
        }
        return store.findAll();
    }

    private void issueListingCertificate(String enterpriseId, LocalDate on) {
        Programme programme = catalogue.get(LISTING);
        String ruleVersion = programme.ruleVersionOn(on).map(RuleVersion::id).orElse(LISTING);
        certificates.issue(new IssueCertificate(
                "listing:" + enterpriseId,
                enterpriseId,
                LISTING,
                programme.level().name(),
                ruleVersion,
                null,
                on));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field, "oneOf", value + " is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("reachedOn", "date", value + " is not a date (yyyy-MM-dd)");
        }
    }
}
