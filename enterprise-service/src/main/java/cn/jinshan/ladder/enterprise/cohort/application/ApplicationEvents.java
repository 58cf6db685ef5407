package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.ApplicationTrack;
import cn.jinshan.ladder.enterprise.cohort.domain.ApplicationTrack.Stage;
import cn.jinshan.ladder.enterprise.registry.application.CertificationEventHandler;
import cn.jinshan.ladder.kit.consumer.ProcessedEvents;
import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.events.IncomingEvent;
import cn.jinshan.ladder.kit.events.MalformedEventException;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Files certification-service's application events as pipeline stages, once per event id; other types skipped. */
@Service
public class ApplicationEvents implements CertificationEventHandler {

    static final String CONSUMER = "enterprise-pipeline";
    static final Map<String, Stage> STAGES = Map.of(
            "certification.ApplicationSubmitted", Stage.APPLIED,
            "certification.ApplicationResubmitted", Stage.APPLIED,
            "certification.ApplicationReviewStarted", Stage.APPLIED,
            "certification.ApplicationReturned", Stage.APPLIED,
            "certification.ApplicationRecommended", Stage.RECOMMENDED,
            "certification.ApplicationPublicityStarted", Stage.RECOMMENDED,
            "certification.ApplicationApproved", Stage.APPROVED,
            "certification.ApplicationRejected", Stage.REJECTED,
            "certification.ApplicationWithdrawn", Stage.WITHDRAWN);

    /** The fields of an application event this service uses. */
    record ApplicationPayload(String applicationId, String enterpriseId, String programme) {}

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final PipelineStore store;

    ApplicationEvents(EventCodec codec, ProcessedEvents processed, PipelineStore store) {
        this.codec = codec;
        this.processed = processed;
        this.store = store;
    }

    /** Handles one record value from {@code certification.events}. */
    @Override
    public void accept(String json) {
        IncomingEvent event = codec.read(json);
        Stage stage = STAGES.get(event.type());
        if (stage == null || processed.alreadyApplied(CONSUMER, event.eventId())) {
            return;
        }
        ApplicationPayload p = codec.payload(event, ApplicationPayload.class);
        if (p.applicationId() == null || p.programme() == null) {
            throw new MalformedEventException(
                    event.type() + " " + event.eventId() + " names no applicationId or programme", null);
        }
        store.record(
                p.programme(),
                p.applicationId(),
                p.enterpriseId(),
                new ApplicationTrack.Transition(stage, event.occurredAt()));
        processed.markApplied(CONSUMER, event.eventId(), event.type());
    }
}
