package cn.jinshan.ladder.notification.intake.application;

/** The fields of {@code enterprise.SpecialistAssigned} v1 this service reads. */
record SpecialistAssigned(String enterpriseId, String specialistId, String specialistUsername) {}
