package cn.jinshan.ladder.certification.application.adapter.in.web;

import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.certification.application.domain.SelfAssessment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An application as the API shows it (its history is at {@code /history}). */
record ApplicationResponse(
        String id,
        String enterpriseId,
        String enterpriseName,
        String programme,
        String ruleVersion,
        int year,
        ApplicationStatus status,
        Map<String, BigDecimal> metrics,
        Map<String, String> answers,
        SelfAssessment selfAssessment,
        String windowId,
        boolean authenticityCommitmentSigned,
        Instant submittedAt,
        LocalDate publicityEndsOn,
        LocalDate announcedOn,
        String certificateId,
        boolean renewal,
        String renewsCertificateId,
        Instant openedAt,
        Instant updatedAt,
        long version) {

    static ApplicationResponse of(ApplicationState a) {
        return new ApplicationResponse(
                a.id(),
                a.enterpriseId(),
                a.enterpriseName(),
                a.programme(),
                a.ruleVersion(),
                a.year(),
                a.status(),
                a.metrics(),
                a.answers(),
                a.selfAssessment(),
                a.windowId(),
                a.commitmentSignedAt() != null,
                a.submittedAt(),
                a.publicityEndsOn(),
                a.announcedOn(),
                a.certificateId(),
                a.renewal(),
                a.renewsCertificateId(),
                a.openedAt(),
                a.updatedAt(),
                a.version());
    }
}
