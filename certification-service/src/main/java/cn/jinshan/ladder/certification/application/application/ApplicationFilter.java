package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;

/** Which applications to list; null fields do not filter. */
public record ApplicationFilter(String enterpriseId, String programme, ApplicationStatus status) {}
