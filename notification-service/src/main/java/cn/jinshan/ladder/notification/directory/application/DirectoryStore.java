package cn.jinshan.ladder.notification.directory.application;

import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import java.util.Optional;

/** Where the recipient directory is kept, one entry per firm. */
public interface DirectoryStore {

    /** Inserts or replaces the firm's entry. */
    void save(EnterpriseContact contact);

    Optional<EnterpriseContact> find(String enterpriseId);
}
