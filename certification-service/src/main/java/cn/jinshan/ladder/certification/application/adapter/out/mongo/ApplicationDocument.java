package cn.jinshan.ladder.certification.application.adapter.out.mongo;

import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.certification.application.domain.SelfAssessment;
import cn.jinshan.ladder.certification.application.domain.Transition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;

/** An application as stored in {@code applications} (plus {@code version} and the {@code outbox} array). */
record ApplicationDocument(
        @Id String id,
        String enterpriseId,
        String enterpriseName,
        String programme,
        String ruleVersion,
        boolean higherReview,
        int year,
        ApplicationStatus status,
        Map<String, BigDecimal> metrics,
        Map<String, String> answers,
        SelfAssessment selfAssessment,
        String windowId,
        String commitmentSignedBy,
        Instant commitmentSignedAt,
        Instant submittedAt,
        LocalDate publicityEndsOn,
        LocalDate announcedOn,
        String certificateId,
        String renewsCertificateId,
        List<String> overdueNotices,
        List<Transition> history,
        String openedBy,
        Instant openedAt,
        Instant updatedAt,
        long version) {

    static ApplicationDocument of(ApplicationState a) {
        return new ApplicationDocument(
                a.id(),
                a.enterpriseId(),
                a.enterpriseName(),
                a.programme(),
                a.ruleVersion(),
                a.higherReview(),
                a.year(),
                a.status(),
                a.metrics(),
                a.answers(),
                a.selfAssessment(),
                a.windowId(),
                a.commitmentSignedBy(),
                a.commitmentSignedAt(),
                a.submittedAt(),
                a.publicityEndsOn(),
                a.announcedOn(),
                a.certificateId(),
                a.renewsCertificateId(),
                a.overdueNotices(),
                a.history(),
                a.openedBy(),
                a.openedAt(),
                a.updatedAt(),
                a.version());
    }

    ApplicationState toState() {
        return new ApplicationState(
                id,
                enterpriseId,
                enterpriseName,
                programme,
                ruleVersion,
                higherReview,
                year,
                status,
                metrics,
                answers,
                selfAssessment,
                windowId,
                commitmentSignedBy,
                commitmentSignedAt,
                submittedAt,
                publicityEndsOn,
                announcedOn,
                certificateId,
                renewsCertificateId,
                overdueNotices,
                history,
                openedBy,
                openedAt,
                updatedAt,
                version);
    }
}
