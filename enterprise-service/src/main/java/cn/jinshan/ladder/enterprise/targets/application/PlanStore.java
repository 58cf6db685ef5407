package cn.jinshan.ladder.enterprise.targets.application;

import cn.jinshan.ladder.enterprise.targets.domain.PlanPeriod;
import java.util.List;
import java.util.Optional;

/** Where plan periods and their targets are kept (one document per period). */
public interface PlanStore {

    List<PlanPeriod> all();

    Optional<PlanPeriod> find(String id);

    void save(PlanPeriod period);

    /** Stores the period unless one with its id exists. */
    void insertIfAbsent(PlanPeriod period);
}
