package cn.jinshan.ladder.notification.directory.domain;

import java.util.Objects;
import java.util.Optional;

/** What the notification service knows about a firm to address it: names, town, cluster and its specialist. */
public record EnterpriseContact(
        String enterpriseId,
        String legalName,
        String shortName,
        String town,
        String cluster,
        String specialistId,
        String specialistUsername) {

    public EnterpriseContact {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
    }

    /** True when a specialist (服务专员) accompanies the firm, known by subject or username. */
    public boolean hasSpecialist() {
        return present(specialistId) || present(specialistUsername);
    }

    public Optional<String> displayName() {
        return Optional.ofNullable(present(legalName) ? legalName : shortName);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
