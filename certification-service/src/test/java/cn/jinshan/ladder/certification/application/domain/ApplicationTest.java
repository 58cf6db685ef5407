package cn.jinshan.ladder.certification.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationTest {

    private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    private static final Actor FIRM = new Actor("firm-sub", "firm-jinxin", "ENTERPRISE");
    private static final Actor OFFICIAL = new Actor("official-sub", "official", "OFFICIAL");

    private static Application draft(boolean higherReview) {
        return Application.open(new ApplicationState.Opening(
                "app-1",
                "91310116MA1J8K3L22",
                "金鑫",
                "SPECIALIZED_NEW",
                "MIIT-2026-2",
                higherReview,
                2026,
                Map.of(),
                null,
                FIRM,
                AT,
                null));
    }

    private static Application in(ApplicationStatus status) {
        if (status == ApplicationStatus.WITHDRAWN) {
            Application withdrawn = draft(true);
            withdrawn.withdraw("撤回", FIRM, AT);
            return withdrawn;
        }
        Application application = draft(true);
        Map<ApplicationStatus, Consumer<Application>> path = new LinkedHashMap<>();
        path.put(ApplicationStatus.SUBMITTED, a -> a.submit("w", 2026, true, FIRM, AT));
        path.put(ApplicationStatus.DISTRICT_REVIEW, a -> a.startReview(OFFICIAL, AT, null));
        path.put(ApplicationStatus.HIGHER_REVIEW, a -> a.recommend(OFFICIAL, AT, null));
        path.put(ApplicationStatus.PUBLICITY, a -> a.startPublicity(null, OFFICIAL, AT, null));
        path.put(ApplicationStatus.APPROVED, a -> a.approve(LocalDate.of(2026, 7, 1), "c", OFFICIAL, AT, null));
        for (var step : path.entrySet()) {
            if (application.status() == status) {
                break;
            }
            step.getValue().accept(application);
        }
        if (status == ApplicationStatus.RETURNED) {
            application = in(ApplicationStatus.DISTRICT_REVIEW);
            application.returnForMaterials("补充材料", OFFICIAL, AT);
        } else if (status == ApplicationStatus.REJECTED) {
            application = in(ApplicationStatus.DISTRICT_REVIEW);
            application.reject("不符合", OFFICIAL, AT);
        }
        assertThat(application.status()).isEqualTo(status);
        return application;
    }

    @Test
    void submittingReturnsTheEventAndRecordsWhoAndWhen() {
        Application application = draft(true);

        ApplicationEvent event = application.submit("2026-2", 2026, true, FIRM, AT);

        assertThat(event.name()).isEqualTo("ApplicationSubmitted");
        assertThat(event.transition().from()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(event.transition().to()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.state().history()).containsExactly(event.transition());
        assertThat(application.state().commitmentSignedBy()).isEqualTo("firm-sub");
        assertThat(application.state().windowId()).isEqualTo("2026-2");
    }

    @Test
    void anUnsignedCommitmentCannotBeSubmitted() {
        assertThatThrownBy(() -> draft(true).submit("w", 2026, false, FIRM, AT))
                .isInstanceOf(ApplicationRuleException.class)
                .hasMessageContaining("真实性承诺");
    }

    @Test
    void returnAndRejectNeedAReason() {
        assertThatThrownBy(() -> in(ApplicationStatus.DISTRICT_REVIEW).returnForMaterials(" ", OFFICIAL, AT))
                .isInstanceOf(ApplicationRuleException.class);
        assertThatThrownBy(() -> in(ApplicationStatus.DISTRICT_REVIEW).reject(null, OFFICIAL, AT))
                .isInstanceOf(ApplicationRuleException.class);
    }

    @Test
    void aReturnedApplicationIsEditedAndResubmittedIntoDistrictReview() {
        Application application = in(ApplicationStatus.RETURNED);
        application.edit(Map.of("revenue", BigDecimal.TEN), Map.of("q", "a"), null, AT);

        ApplicationEvent event = application.resubmit(FIRM, AT, "已补充");

        assertThat(event.name()).isEqualTo("ApplicationResubmitted");
        assertThat(application.status()).isEqualTo(ApplicationStatus.DISTRICT_REVIEW);
        assertThat(application.metrics()).containsKey("revenue");
    }

    @Test
    void aDistrictProgrammeGoesFromDistrictReviewStraightToPublicity() {
        Application application = draft(false);
        application.submit("w", 2026, true, FIRM, AT);
        application.startReview(OFFICIAL, AT, null);

        assertThatThrownBy(() -> application.recommend(OFFICIAL, AT, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(application.startPublicity(null, OFFICIAL, AT, null).name())
                .isEqualTo("ApplicationPublicityStarted");
    }

    @ParameterizedTest
    @EnumSource(
            value = ApplicationStatus.class,
            names = {"DRAFT", "SUBMITTED", "RETURNED", "HIGHER_REVIEW", "APPROVED", "REJECTED", "WITHDRAWN"})
    void onlyAnApplicationInDistrictReviewIsRecommended(ApplicationStatus status) {
        assertThatThrownBy(() -> in(status).recommend(OFFICIAL, AT, null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(status.name());
    }

    @ParameterizedTest
    @EnumSource(
            value = ApplicationStatus.class,
            names = {"DRAFT", "SUBMITTED", "DISTRICT_REVIEW", "RETURNED", "HIGHER_REVIEW", "APPROVED", "REJECTED"})
    void onlyAnApplicationInPublicityIsApproved(ApplicationStatus status) {
        assertThatThrownBy(() -> in(status).approve(LocalDate.of(2026, 7, 1), "c", OFFICIAL, AT, null))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = ApplicationStatus.class,
            names = {"APPROVED", "REJECTED", "WITHDRAWN"})
    void noOneWithdrawsAfterADecision(ApplicationStatus status) {
        assertThatThrownBy(() -> in(status).withdraw(null, FIRM, AT)).isInstanceOf(IllegalTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = ApplicationStatus.class,
            names = {"SUBMITTED", "DISTRICT_REVIEW", "HIGHER_REVIEW", "APPROVED", "REJECTED", "WITHDRAWN"})
    void onlyADraftOrAReturnedApplicationIsEdited(ApplicationStatus status) {
        assertThatThrownBy(() -> in(status).edit(Map.of(), Map.of(), null, AT))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theWholePathLeavesAnAuditTrailOfEveryStep() {
        Application application = in(ApplicationStatus.APPROVED);

        assertThat(application.state().history())
                .extracting(Transition::to)
                .containsExactly(
                        ApplicationStatus.SUBMITTED,
                        ApplicationStatus.DISTRICT_REVIEW,
                        ApplicationStatus.HIGHER_REVIEW,
                        ApplicationStatus.PUBLICITY,
                        ApplicationStatus.APPROVED);
        assertThat(application.state().announcedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(application.state().certificateId()).isEqualTo("c");
    }

    @Test
    void anApprovedRenewalKeepsTheCertificateItRenews() {
        Application renewal = Application.open(new ApplicationState.Opening(
                "app-2",
                "91310116MA1J8K3L22",
                "金鑫",
                "SPECIALIZED_NEW",
                "MIIT-2026-2",
                false,
                2029,
                Map.of(),
                null,
                FIRM,
                AT,
                "held-certificate"));
        renewal.submit("w", 2029, true, FIRM, AT);
        renewal.startReview(OFFICIAL, AT, null);
        renewal.startPublicity(LocalDate.of(2029, 5, 1), OFFICIAL, AT, null);
        renewal.approve(LocalDate.of(2029, 5, 20), "new-certificate", OFFICIAL, AT, null);

        assertThat(renewal.state().renewal()).isTrue();
        assertThat(renewal.state().certificateId()).isEqualTo("held-certificate");
    }

    @Test
    void anOverdueStageIsNoticedOnceAndAgainAfterAResubmission() {
        Application application = in(ApplicationStatus.DISTRICT_REVIEW);
        LocalDate entered = LocalDate.of(2026, 6, 1);
        LocalDate due = LocalDate.of(2026, 6, 22);

        assertThat(application.noticeOverdue(entered, due, due)).isEmpty();
        assertThat(application.noticeOverdue(entered, due, due.plusDays(3))).hasValueSatisfying(overdue -> {
            assertThat(overdue.status()).isEqualTo(ApplicationStatus.DISTRICT_REVIEW);
            assertThat(overdue.daysOverdue()).isEqualTo(3);
        });
        assertThat(application.noticeOverdue(entered, due, due.plusDays(4))).isEmpty();

        application.returnForMaterials("补充审计报告", OFFICIAL, AT);
        application.resubmit(FIRM, AT, null);

        assertThat(application.noticeOverdue(entered, due, due.plusDays(5))).isPresent();
        assertThat(application.state().overdueNotices()).hasSize(2);
    }
}
