package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.RebuildJob;
import java.util.List;
import java.util.Optional;

/** The rebuild jobs, kept so their status survives the request that started them and a restart. */
public interface RebuildJobStore {

    void save(RebuildJob job);

    Optional<RebuildJob> find(String id);

    /** Jobs still queued or running as stored (at start-up: those a stop interrupted). */
    List<RebuildJob> active();
}
