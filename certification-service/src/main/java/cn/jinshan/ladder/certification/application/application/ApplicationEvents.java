package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.ApplicationEvent;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.Transition;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns application transitions into {@code certification.Application*} envelopes (key: the application id). */
final class ApplicationEvents {

    private ApplicationEvents() {}

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
