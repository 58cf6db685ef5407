package cn.jinshan.ladder.notification.directory.application;

import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The recipient directory fed by events, so that delivering never calls another service. */
@Service
public class RecipientDirectory {

    private final DirectoryStore store;

    RecipientDirectory(DirectoryStore store) {
        this.store = store;
    }

    /** Records a firm as registered; a repeated event writes the same entry again. */
    public void record(EnterpriseContact contact) {
        store.save(contact);
    }

    public Optional<EnterpriseContact> find(String enterpriseId) {
        return enterpriseId == null ? Optional.empty() : store.find(enterpriseId);
    }
}
