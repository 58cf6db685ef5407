package cn.jinshan.ladder.certification.application.domain;

/** Where an application stands in the workflow. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    DISTRICT_REVIEW, // 区级初审
    RETURNED, // 退回补充材料
    HIGHER_REVIEW, // 市级 / 国家级评审
    PUBLICITY, // 公示
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public boolean decided() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
