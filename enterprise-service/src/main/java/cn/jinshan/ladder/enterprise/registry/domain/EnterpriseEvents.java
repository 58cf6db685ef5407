package cn.jinshan.ladder.enterprise.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The payloads of the events the enterprise aggregate publishes on {@code enterprise.events}. */
public final class EnterpriseEvents {

    public static final String REGISTERED = "enterprise.EnterpriseRegistered";
    public static final String UPDATED = "enterprise.EnterpriseUpdated";
    public static final String METRICS_REPORTED = "enterprise.MetricsReported";
    public static final String SPECIALIST_ASSIGNED = "enterprise.SpecialistAssigned";
    public static final String RUNG_CHANGED = "enterprise.LadderRungChanged";
    public static final String LEFT_DISTRICT = "enterprise.EnterpriseLeftDistrict";

    private EnterpriseEvents() {}

    /** enterprise.EnterpriseRegistered v1. */
    public record Registered(
            String enterpriseId,
            String creditCode,
            String legalName,
            String shortName,
            String town,
            String cluster,
            String specialistId,
            String specialistUsername,
            String registeredBy) {}

    /** enterprise.EnterpriseUpdated v1: the profile after the change and the fields that changed. */
    public record Updated(
            String enterpriseId,
            List<String> changedFields,
            String legalName,
            String shortName,
            LocalDate registrationDate,
            String town,
            String park,
            String cluster,
            String subSector,
            boolean aboveScale,
            LocalDate aboveScaleSince,
            boolean digitallyTransformed,
            LocalDate digitallyTransformedSince,
            List<String> contactUserIds,
            String updatedBy) {}

    /** enterprise.MetricsReported v1. */
    public record MetricsReported(
            String enterpriseId,
            int year,
            String source,
            List<String> changedFields,
            Map<String, Object> figures,
            String reportedBy) {}

    /** enterprise.SpecialistAssigned v1. */
    public record SpecialistAssigned(
            String enterpriseId,
            String specialistId,
            String specialistUsername,
            String previousSpecialistId,
            String previousSpecialistUsername,
            String assignedBy) {}

    /** enterprise.LadderRungChanged v1. */
    public record RungChanged(
            String enterpriseId,
            String fromRung,
            String toRung,
            String direction,
            String cause,
            String certificateId,
            String programme,
            Instant changedAt) {}

    /** enterprise.EnterpriseLeftDistrict v1: the firm moved out (MOVED_OUT) or was deregistered (DEREGISTERED). */
    public record LeftDistrict(String enterpriseId, LocalDate leftOn, String reason, String note, String recordedBy) {}
}
