package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where applications are kept, each written together with the events of its transition. */
public interface ApplicationStore {

    /** Inserts a new application with the events of its opening. */
    void insert(ApplicationState application, List<EventEnvelope> events);

    /** Writes the new state if the stored version is still {@code expectedVersion}, with the events. */
    void update(ApplicationState application, long expectedVersion, List<EventEnvelope> events);

    Optional<ApplicationState> find(String id);

    List<ApplicationState> find(ApplicationFilter filter);

    /** The applications in any of the statuses, of the programme when it is not null; last changed first. */
    List<ApplicationState> findInStatuses(Set<ApplicationStatus> statuses, String programme);

    /** Claims the one submission a firm has per programme and year; false when it is taken. */
    boolean claimSubmission(String enterpriseId, String programme, int year, String applicationId);

    void releaseSubmission(String enterpriseId, String programme, int year, String applicationId);

    /** Notes, before the approval is written, that the application's certificate is due. */
    void certificateDue(String applicationId, Instant at);

    /** The applications whose certificate was due and not yet confirmed issued, with when that was noted. */
    Map<String, Instant> certificatesDue();

    /** The certificate is issued (or was never due): forget the note. */
    void certificateSettled(String applicationId);

    /** Whether every approved application has been checked once (the notes cover everything approved since). */
    boolean approvedCheckedOnce();

    void markApprovedCheckedOnce();
}
