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
    public EnterpriseContact record(EnterpriseContact contact) {
        return store.save(contact);
    }

    /** A firm's specialist changed (服务专员 reassigned). */
    public EnterpriseContact assignSpecialist(String enterpriseId, String specialistId, String specialistUsername) {
        return store.assignSpecialist(enterpriseId, specialistId, specialistUsername);
    }

    /** A firm's profile changed. */
    public EnterpriseContact describe(
            String enterpriseId, String legalName, String shortName, String town, String cluster) {
        return store.describe(enterpriseId, legalName, shortName, town, cluster);
    }

    public Optional<EnterpriseContact> find(String enterpriseId) {
        return enterpriseId == null ? Optional.empty() : store.find(enterpriseId);
    }
}
