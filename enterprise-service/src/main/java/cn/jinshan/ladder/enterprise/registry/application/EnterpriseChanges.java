package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import java.time.Instant;

/**
 * Told after every stored change of an enterprise (registration, profile, certificates, departure), so read models
 * elsewhere in the service follow. The change is also pending in the enterprise's document (written with it) until
 * every observer has taken it, so a crash in between is completed by {@link PendingChangesRelay}; implementations
 * are therefore idempotent (a change may be told again, and a replayed certificate event tells them again).
 */
public interface EnterpriseChanges {

    /** One stored change: a stable id (so what observers derive from it can have stable ids) and when it was stored. */
    record Change(String id, Instant at) {}

    void changed(Enterprise enterprise, Change change);
}
