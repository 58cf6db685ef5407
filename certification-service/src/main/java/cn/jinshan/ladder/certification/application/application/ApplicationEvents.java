package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.ApplicationEvent;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.ReviewOverdue;
import cn.jinshan.ladder.certification.application.domain.Transition;
import cn.jinshan.ladder.certification.programme.domain.ApplicationWindow;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns application transitions into {@code certification.Application*} envelopes (key: the application id). */
final class ApplicationEvents {

    private ApplicationEvents() {}

    /**
     * {@code certification.ApplicationDraftOpened}: the window the draft can be submitted in (open now, else the next)
     * and when it closes: {@code windowClosesAt} the instant (the start of the day after its last day), {@code
     * windowClosesOn} its last day; both null when the programme has no window ahead.
     */
    static EventEnvelope draftOpened(ApplicationState application, ApplicationWindow window, ZoneId zone) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("applicationId", application.id());
        payload.put("enterpriseId", application.enterpriseId());
        payload.put("programme", application.programme());
        payload.put("ruleVersion", application.ruleVersion());
        payload.put("renewal", application.renewal());
        payload.put("windowId", window == null ? null : window.id());
        payload.put(
                "windowClosesAt",
                window == null
                        ? null
                        : window.closesOn()
                                .plusDays(1)
                                .atStartOfDay(zone)
                                .toInstant()
                                .toString());
        payload.put("windowClosesOn", window == null ? null : window.closesOn().toString());
        return EventEnvelope.create(
                "certification.ApplicationDraftOpened", 1, application.id(), payload, application.openedAt());
    }

    /** {@code certification.ReviewOverdue}: the application stayed in a review state past its service level. */
    static EventEnvelope reviewOverdue(ReviewOverdue overdue, ApplicationState application, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("applicationId", application.id());
        payload.put("enterpriseId", application.enterpriseId());
        payload.put("programme", application.programme());
        payload.put("ruleVersion", application.ruleVersion());
        payload.put("status", overdue.status().name());
        payload.put("enteredOn", overdue.enteredOn().toString());
        payload.put("dueOn", overdue.dueOn().toString());
        payload.put("daysOverdue", overdue.daysOverdue());
        return EventEnvelope.create("certification.ReviewOverdue", 1, application.id(), payload, at);
    }

    static EventEnvelope envelope(ApplicationEvent event, ApplicationState application) {
        Transition transition = event.transition();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("applicationId", application.id());
        payload.put("enterpriseId", application.enterpriseId());
        payload.put("programme", application.programme());
        payload.put("ruleVersion", application.ruleVersion());
        payload.put("year", application.year());
        payload.put("status", transition.to().name());
        payload.put("previousStatus", transition.from().name());
        payload.put("actor", transition.actor().subject());
        payload.put("actorRole", transition.actor().role());
        payload.put("comment", transition.comment());
        switch (event.name()) {
            case "ApplicationSubmitted" -> {
                payload.put("windowId", application.windowId());
                payload.put(
                        "selfAssessmentScore",
                        application.selfAssessment() == null
                                ? null
                                : application.selfAssessment().score());
                payload.put(
                        "selfAssessmentEligible",
                        application.selfAssessment() != null
                                && application.selfAssessment().eligible());
            }
            case "ApplicationPublicityStarted" ->
                payload.put(
                        "publicityEndsOn",
                        application.publicityEndsOn() == null
                                ? null
                                : application.publicityEndsOn().toString());
            case "ApplicationApproved" -> {
                payload.put("announcedOn", application.announcedOn().toString());
                payload.put("certificateId", application.certificateId());
            }
            default -> {}
        }
        return EventEnvelope.create("certification." + event.name(), 1, application.id(), payload, transition.at());
    }
}
