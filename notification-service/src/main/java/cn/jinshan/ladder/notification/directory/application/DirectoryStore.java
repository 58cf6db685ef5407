package cn.jinshan.ladder.notification.directory.application;

import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import java.util.Optional;

/** Where the recipient directory is kept, one entry per firm. */
public interface DirectoryStore {

    /**
     * Creates or updates the firm's entry; a contact without a specialist leaves a known specialist in place. Each
     * write answers the entry as stored, in the same round trip.
     */
    EnterpriseContact save(EnterpriseContact contact);

    Optional<EnterpriseContact> find(String enterpriseId);

    /** Sets the firm's specialist, creating the entry if the firm is not known yet. */
    EnterpriseContact assignSpecialist(String enterpriseId, String specialistId, String specialistUsername);

    /** Sets the firm's names, town and cluster, creating the entry if the firm is not known yet. */
    EnterpriseContact describe(String enterpriseId, String legalName, String shortName, String town, String cluster);
}
