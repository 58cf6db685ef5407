package cn.jinshan.ladder.notification.directory.application;

import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import java.util.Optional;

/** Where the recipient directory is kept, one entry per firm. */
public interface DirectoryStore {

    /** Creates or updates the firm's entry; a contact without a specialist leaves a known specialist in place. */
    void save(EnterpriseContact contact);

    Optional<EnterpriseContact> find(String enterpriseId);

    /** Sets the firm's specialist, creating the entry if the firm is not known yet. */
    void assignSpecialist(String enterpriseId, String specialistId, String specialistUsername);

    /** Sets the firm's names, town and cluster, creating the entry if the firm is not known yet. */
    void describe(String enterpriseId, String legalName, String shortName, String town, String cluster);
}
