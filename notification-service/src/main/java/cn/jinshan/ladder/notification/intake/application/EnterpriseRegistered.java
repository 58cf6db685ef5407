package cn.jinshan.ladder.notification.intake.application;

/** The fields of {@code enterprise.EnterpriseRegistered} v1 this service reads. */
record EnterpriseRegistered(
        String enterpriseId,
        String legalName,
        String shortName,
        String town,
        String cluster,
        String specialistId,
        String specialistUsername) {}
