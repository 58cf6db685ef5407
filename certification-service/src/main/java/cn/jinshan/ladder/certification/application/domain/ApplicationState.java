package cn.jinshan.ladder.certification.application.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The data of an application, as stored and as shown; changed only through {@link Application}'s methods. */
public record ApplicationState(
        String id,
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

    public ApplicationState {
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        history = history == null ? List.of() : List.copyOf(history);
        overdueNotices = overdueNotices == null ? List.of() : List.copyOf(overdueNotices);
    }

    /** True for a renewal (复核) of a certificate the firm holds. */
    public boolean renewal() {
        return renewsCertificateId != null;
    }

    /** What a new draft starts from; {@code renewsCertificateId} is set for a renewal (复核) only. */
    public record Opening(
            String id,
            String enterpriseId,
            String enterpriseName,
            String programme,
            String ruleVersion,
            boolean higherReview,
            int year,
            Map<String, BigDecimal> metrics,
            SelfAssessment selfAssessment,
            Actor openedBy,
            Instant at,
            String renewsCertificateId) {}

    static ApplicationState draft(Opening opening) {
        Builder builder = new Builder();
        builder.id = opening.id();
        builder.enterpriseId = opening.enterpriseId();
        builder.enterpriseName = opening.enterpriseName();
        builder.programme = opening.programme();
        builder.ruleVersion = opening.ruleVersion();
        builder.higherReview = opening.higherReview();
        builder.year = opening.year();
        builder.status = ApplicationStatus.DRAFT;
        builder.metrics = opening.metrics();
        builder.selfAssessment = opening.selfAssessment();
        builder.renewsCertificateId = opening.renewsCertificateId();
        builder.openedBy = opening.openedBy().subject();
        builder.openedAt = opening.at();
        builder.updatedAt = opening.at();
        return builder.build();
    }

    Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.enterpriseId = enterpriseId;
        builder.enterpriseName = enterpriseName;
        builder.programme = programme;
        builder.ruleVersion = ruleVersion;
        builder.higherReview = higherReview;
        builder.year = year;
        builder.status = status;
        builder.metrics = metrics;
        builder.answers = answers;
        builder.selfAssessment = selfAssessment;
        builder.windowId = windowId;
        builder.commitmentSignedBy = commitmentSignedBy;
        builder.commitmentSignedAt = commitmentSignedAt;
        builder.submittedAt = submittedAt;
        builder.publicityEndsOn = publicityEndsOn;
        builder.announcedOn = announcedOn;
        builder.certificateId = certificateId;
        builder.renewsCertificateId = renewsCertificateId;
        builder.overdueNotices = overdueNotices;
        builder.history = history;
        builder.openedBy = openedBy;
        builder.openedAt = openedAt;
        builder.updatedAt = updatedAt;
        builder.version = version;
        return builder;
    }

    /** A mutable copy used inside a transition. */
    static final class Builder {
        String id;
        String enterpriseId;
        String enterpriseName;
        String programme;
        String ruleVersion;
        boolean higherReview;
        int year;
        ApplicationStatus status;
        Map<String, BigDecimal> metrics;
        Map<String, String> answers;
        SelfAssessment selfAssessment;
        String windowId;
        String commitmentSignedBy;
        Instant commitmentSignedAt;
        Instant submittedAt;
        LocalDate publicityEndsOn;
        LocalDate announcedOn;
        String certificateId;
        String renewsCertificateId;
        List<String> overdueNotices;
        List<Transition> history;
        String openedBy;
        Instant openedAt;
        Instant updatedAt;
        long version;

        ApplicationState build() {
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
}
