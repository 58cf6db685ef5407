package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;

/**
 * Told after every stored change of an enterprise (registration, profile, certificates), so read models elsewhere in
 * the service follow; implementations are idempotent (a replayed certificate event tells them again).
 */
public interface EnterpriseChanges {

    void changed(Enterprise enterprise);
}
