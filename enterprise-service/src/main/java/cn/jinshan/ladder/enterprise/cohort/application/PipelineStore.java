package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.ApplicationTrack;
import java.util.List;

/** Applications' paths through the workflow, one document per programme addressed by {@code _id}. */
public interface PipelineStore {

    void record(String programme, String applicationId, String firm, ApplicationTrack.Transition transition);

    List<ApplicationTrack> tracks(String programme);

    List<String> programmes();
}
