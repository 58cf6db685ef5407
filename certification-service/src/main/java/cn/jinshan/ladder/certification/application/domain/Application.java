package cn.jinshan.ladder.certification.application.domain;

import static cn.jinshan.ladder.certification.application.domain.ApplicationStatus.APPROVED;
import static cn.jinshan.ladder.certification.application.domain.ApplicationStatus.DISTRICT_REVIEW;
import static cn.jinshan.ladder.certification.application.domain.ApplicationStatus.DRAFT;
import static cn.jinshan.ladder.certification.application.domain.ApplicationStatus.HIGHER_REVIEW;
import static cn.jinshan.ladder.certification.application.domain.ApplicationStatus.PUBLICITY;
import static cn.jinshan.ladder.certification.application.domain.ApplicationStatus.REJECTED;
import static cn.jinshan.ladder.certification.application.domain.ApplicationStatus.RETURNED;
import static cn.jinshan.ladder.certification.application.domain.ApplicationStatus.SUBMITTED;
import static cn.jinshan.ladder.certification.application.domain.ApplicationStatus.WITHDRAWN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A firm's application for one programme (申报), from draft to decision. Each transition guards the state it starts
 * from, records who, when and why in the history, and returns the event it causes.
 */
public class Application {

    private ApplicationState state;

    private Application(ApplicationState state) {
        this.state = state;
    }

    /** Opens a draft for a firm, prefilled with its current figures. */
    public static Application open(ApplicationState.Opening opening) {
        return new Application(ApplicationState.draft(opening));
    }

    /** Rebuilds an application from its stored state. */
    public static Application restore(ApplicationState state) {
        return new Application(state);
    }

    public ApplicationState state() {
        return state;
    }

    public String id() {
        return state.id();
    }

    public String enterpriseId() {
        return state.enterpriseId();
    }

    public String programme() {
        return state.programme();
    }

    public ApplicationStatus status() {
        return state.status();
    }

    public Map<String, BigDecimal> metrics() {
        return state.metrics();
    }

    public String ruleVersion() {
        return state.ruleVersion();
    }

    /** Replaces the figures and answers of a draft or a returned application (the self-assessment follows). */
    public void edit(
            Map<String, BigDecimal> metrics, Map<String, String> answers, SelfAssessment assessment, Instant at) {
        require(EnumSet.of(DRAFT, RETURNED), "edit");
        ApplicationState.Builder next = state.toBuilder();
        next.metrics = metrics;
        next.answers = answers;
        next.selfAssessment = assessment;
        next.updatedAt = at;
        state = next.build();
    }

    /** 提交: inside an open window, with the authenticity commitment signed. */
    public ApplicationEvent submit(String windowId, int year, boolean commitmentSigned, Actor actor, Instant at) {
        require(EnumSet.of(DRAFT), "submit");
        if (!commitmentSigned) {
            throw new ApplicationRuleException(
                    "authenticityCommitment", "signed", "the authenticity commitment (真实性承诺) must be signed to submit");
        }
        ApplicationState.Builder next = state.toBuilder();
        next.windowId = windowId;
        next.year = year;
        next.commitmentSignedBy = actor.subject();
        next.commitmentSignedAt = at;
        next.submittedAt = at;
        state = next.build();
        return move(SUBMITTED, "ApplicationSubmitted", actor, at, null);
    }

    /** An official takes the submitted application into district review. */
    public ApplicationEvent startReview(Actor actor, Instant at, String comment) {
        require(EnumSet.of(SUBMITTED), "start review of");
        return move(DISTRICT_REVIEW, "ApplicationReviewStarted", actor, at, comment);
    }

    /** 退回: back to the firm for materials, saying what is needed. */
    public ApplicationEvent returnForMaterials(String reason, Actor actor, Instant at) {
        require(EnumSet.of(DISTRICT_REVIEW), "return");
        return move(RETURNED, "ApplicationReturned", actor, at, reasonRequired(reason));
    }

    /** The firm resubmits a returned application. */
    public ApplicationEvent resubmit(Actor actor, Instant at, String comment) {
        require(EnumSet.of(RETURNED), "resubmit");
        return move(DISTRICT_REVIEW, "ApplicationResubmitted", actor, at, comment);
    }

    /** 推荐: the district recommends the application to the municipal or national level. */
    public ApplicationEvent recommend(Actor actor, Instant at, String comment) {
        require(EnumSet.of(DISTRICT_REVIEW), "recommend");
        if (!state.higherReview()) {
            throw new IllegalTransitionException(
                    state.programme() + " is decided by the district: start the publicity instead of recommending");
        }
        return move(HIGHER_REVIEW, "ApplicationRecommended", actor, at, comment);
    }

    /** 公示: the higher level (or, for district programmes, the district) passed it; publicity starts. */
    public ApplicationEvent startPublicity(LocalDate endsOn, Actor actor, Instant at, String comment) {
        require(state.higherReview() ? EnumSet.of(HIGHER_REVIEW) : EnumSet.of(DISTRICT_REVIEW), "start publicity of");
        ApplicationState.Builder next = state.toBuilder();
        next.publicityEndsOn = endsOn;
        state = next.build();
        return move(PUBLICITY, "ApplicationPublicityStarted", actor, at, comment);
    }

    /**
     * 认定: approved after publicity; the certificate with this id is issued alongside (a renewal keeps the id of the
     * certificate it renews).
     */
    public ApplicationEvent approve(
            LocalDate announcedOn, String certificateId, Actor actor, Instant at, String comment) {
        require(EnumSet.of(PUBLICITY), "approve");
        if (announcedOn == null) {
            throw new ApplicationRuleException("announcedOn", "notNull", "the announcement date (公告日期) is required");
        }
        ApplicationState.Builder next = state.toBuilder();
        next.announcedOn = announcedOn;
        next.certificateId = state.renewal() ? state.renewsCertificateId() : certificateId;
        state = next.build();
        return move(APPROVED, "ApplicationApproved", actor, at, comment);
    }

    /** Rejected at district review, at the higher level or after an objection in publicity. */
    public ApplicationEvent reject(String reason, Actor actor, Instant at) {
        require(EnumSet.of(DISTRICT_REVIEW, HIGHER_REVIEW, PUBLICITY), "reject");
        return move(REJECTED, "ApplicationRejected", actor, at, reasonRequired(reason));
    }

    /** The firm withdraws before a decision. */
    public ApplicationEvent withdraw(String reason, Actor actor, Instant at) {
        require(EnumSet.of(DRAFT, SUBMITTED, DISTRICT_REVIEW, RETURNED, HIGHER_REVIEW, PUBLICITY), "withdraw");
        return move(WITHDRAWN, "ApplicationWithdrawn", actor, at, reason);
    }

    /**
     * Notes that the application is overdue in its current state (entered on {@code enteredOn}, due on {@code dueOn});
     * once per stage, a stage being one stay in a state, so a resubmission back into district review counts anew.
     */
    public Optional<ReviewOverdue> noticeOverdue(LocalDate enteredOn, LocalDate dueOn, LocalDate today) {
        String stage = state.status().name() + "#" + state.history().size();
        if (!dueOn.isBefore(today) || state.overdueNotices().contains(stage)) {
            return Optional.empty();
        }
        List<String> notices = new ArrayList<>(state.overdueNotices());
        notices.add(stage);
        ApplicationState.Builder next = state.toBuilder();
        next.overdueNotices = notices;
        state = next.build();
        return Optional.of(new ReviewOverdue(state.status(), enteredOn, dueOn, ChronoUnit.DAYS.between(dueOn, today)));
    }

    private ApplicationEvent move(ApplicationStatus to, String event, Actor actor, Instant at, String comment) {
        Transition transition = new Transition(state.status(), to, actor, at, comment);
        List<Transition> history = new ArrayList<>(state.history());
        history.add(transition);
        ApplicationState.Builder next = state.toBuilder();
        next.history = history;
        next.status = to;
        next.updatedAt = at;
        state = next.build();
        return new ApplicationEvent(event, transition);
    }

    private void require(Set<ApplicationStatus> allowed, String action) {
        if (!allowed.contains(state.status())) {
            throw new IllegalTransitionException("cannot " + action + " an application that is " + state.status()
                    + " (allowed from " + allowed + ")");
        }
    }

    private static String reasonRequired(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ApplicationRuleException("reason", "notBlank", "a reason is required");
        }
        return reason;
    }
}
