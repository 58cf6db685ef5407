package cn.jinshan.ladder.notification.intake.application;

/** The fields of {@code enterprise.EnterpriseUpdated} v1 this service reads. */
record EnterpriseUpdated(String enterpriseId, String legalName, String shortName, String town, String cluster) {}
