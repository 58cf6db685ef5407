package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.util.List;
import java.util.Optional;

/** Where applications are kept, each written together with the events of its transition. */
public interface ApplicationStore {

    /** Inserts a new application with the events of its opening. */
    void insert(ApplicationState application, List<EventEnvelope> events);

    /** Writes the new state if the stored version is still {@code expectedVersion}, with the events. */
    void update(ApplicationState application, long expectedVersion, List<EventEnvelope> events);

    Optional<ApplicationState> find(String id);

    List<ApplicationState> find(ApplicationFilter filter);

    /** Claims the one submission a firm has per programme and year; false when it is taken. */
    boolean claimSubmission(String enterpriseId, String programme, int year, String applicationId);

    void releaseSubmission(String enterpriseId, String programme, int year, String applicationId);
}
