package cn.jinshan.ladder.certification.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateTest {

    private static CertificateEvent issued(LocalDate announcedOn, Integer years) {
        return Certificate.issue(new Certificate.Issue(
                "c-1",
                "91310116MA1J8K3L22",
                "SPECIALIZED_NEW",
                "MUNICIPAL",
                "JS-SPECIALIZED_NEW-2026-000001",
                announcedOn,
                years,
                "MIIT-2026-2",
                "app-1"));
    }

    @ParameterizedTest(name = "announced {0} → valid until {1}")
    @CsvSource({"2026-07-01, 2029-06-30", "2026-07-15, 2029-06-30", "2026-01-31, 2028-12-31", "2024-03-01, 2027-02-28"})
    void validToTheMonthBeforeTheSameMonthThreeYearsLater(LocalDate announcedOn, LocalDate validUntil) {
        CertificateEvent event = issued(announcedOn, 3);

        assertThat(event.name()).isEqualTo("CertificateIssued");
        assertThat(event.certificate().validFrom()).isEqualTo(announcedOn);
        assertThat(event.certificate().validUntil()).isEqualTo(validUntil);
    }

    @Test
    void anUnknownValidityLeavesTheEndOpenAndNeverExpires() {
        Certificate certificate =
                Certificate.restore(issued(LocalDate.of(2026, 7, 1), null).certificate());

        assertThat(certificate.state().validUntil()).isNull();
        assertThat(certificate.expiredBy(LocalDate.of(2100, 1, 1))).isFalse();
    }

    @Test
    void itExpiresTheDayAfterItsLastValidDay() {
        Certificate certificate =
                Certificate.restore(issued(LocalDate.of(2026, 7, 1), 3).certificate());

        assertThat(certificate.expiredBy(LocalDate.of(2029, 6, 30))).isFalse();
        assertThat(certificate.expiredBy(LocalDate.of(2029, 7, 1))).isTrue();
        CertificateEvent expired = certificate.expire();
        assertThat(expired.name()).isEqualTo("CertificateExpired");
        assertThat(expired.certificate().expiredOn()).isEqualTo(LocalDate.of(2029, 7, 1));
    }

    @Test
    void aRevokedCertificateCannotBeRevokedOrExpireAgain() {
        Certificate certificate =
                Certificate.restore(issued(LocalDate.of(2026, 7, 1), 3).certificate());

        CertificateEvent revoked = certificate.revoke("申报数据造假", LocalDate.of(2027, 3, 15), "official");

        assertThat(revoked.certificate().status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.certificate().revokedReason()).isEqualTo("申报数据造假");
        assertThat(certificate.expiredBy(LocalDate.of(2030, 1, 1))).isFalse();
        assertThatThrownBy(() -> certificate.revoke("again", LocalDate.of(2027, 3, 16), "official"))
                .isInstanceOf(CertificateNotActiveException.class);
    }

    @ParameterizedTest(name = "on {0}: notice {1}")
    @CsvSource({"2029-03-31, ", "2029-04-01, 90", "2029-05-31, 30", "2029-06-23, 7", "2029-06-30, 7", "2029-07-01, "})
    void expiringNoticesAreDueNinetyThirtyAndSevenDaysAhead(LocalDate today, Integer threshold) {
        Certificate certificate =
                Certificate.restore(issued(LocalDate.of(2026, 7, 1), 3).certificate());

        var notice = certificate.noticeExpiring(today);

        assertThat(notice.map(event -> event.certificate().expiringNotices().stream()
                        .mapToInt(Integer::intValue)
                        .min()
                        .orElseThrow()))
                .isEqualTo(Optional.ofNullable(threshold));
        notice.ifPresent(event -> assertThat(event.name()).isEqualTo("CertificateExpiring"));
    }

    @Test
    void eachNoticeIsSentOnceAndALateScanSendsOnlyTheTightestOne() {
        Certificate certificate =
                Certificate.restore(issued(LocalDate.of(2026, 7, 1), 3).certificate());

        assertThat(certificate.noticeExpiring(LocalDate.of(2029, 4, 1))).isPresent();
        assertThat(certificate.noticeExpiring(LocalDate.of(2029, 4, 2))).isEmpty();
        var late = certificate.noticeExpiring(LocalDate.of(2029, 6, 25));
        assertThat(late).isPresent();
        assertThat(late.get().daysLeft()).isEqualTo(5);
        assertThat(certificate.state().expiringNotices()).containsExactlyInAnyOrder(90, 30, 7);
        assertThat(certificate.noticeExpiring(LocalDate.of(2029, 6, 26))).isEmpty();
    }

    @ParameterizedTest(name = "valid until {0}, renewed → {1}")
    @CsvSource({"2029-06-30, 2032-06-30", "2027-02-28, 2030-02-28", "2028-02-29, 2031-02-28", "2029-06-15, 2032-06-15"})
    void aRenewalExtendsTheValidityByThreeYearsFromItsEnd(LocalDate validUntil, LocalDate renewedUntil) {
        CertificateState held = issued(LocalDate.of(2026, 7, 1), 3).certificate();
        CertificateState state = new CertificateState(
                held.id(),
                held.enterpriseId(),
                held.programme(),
                held.level(),
                held.number(),
                held.validFrom(),
                validUntil,
                held.ruleVersion(),
                held.announcedOn(),
                held.applicationId(),
                held.status(),
                null,
                null,
                null,
                null,
                List.of(90),
                List.of(),
                3);

        CertificateEvent renewed = Certificate.restore(state)
                .renew("renewal-1", LocalDate.of(2029, 5, 20), "MIIT-2029-1")
                .orElseThrow();

        assertThat(renewed.name()).isEqualTo("CertificateRenewed");
        assertThat(renewed.certificate().validUntil()).isEqualTo(renewedUntil);
        assertThat(renewed.certificate().validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(renewed.certificate().announcedOn()).isEqualTo(LocalDate.of(2029, 5, 20));
        assertThat(renewed.certificate().ruleVersion()).isEqualTo("MIIT-2029-1");
        assertThat(renewed.certificate().applicationId()).isEqualTo("app-1");
        assertThat(renewed.certificate().renewals()).containsExactly("renewal-1");
        assertThat(renewed.certificate().expiringNotices()).isEmpty();
    }

    @Test
    void theSameRenewalAppliesOnce() {
        Certificate certificate =
                Certificate.restore(issued(LocalDate.of(2026, 7, 1), 3).certificate());

        assertThat(certificate.renew("renewal-1", LocalDate.of(2029, 5, 20), "MIIT-2026-2"))
                .isPresent();
        assertThat(certificate.renew("renewal-1", LocalDate.of(2029, 5, 21), "MIIT-2026-2"))
                .isEmpty();
        assertThat(certificate.state().validUntil()).isEqualTo(LocalDate.of(2032, 6, 30));
    }

    @Test
    void aRevokedCertificateCannotBeRenewed() {
        Certificate certificate =
                Certificate.restore(issued(LocalDate.of(2026, 7, 1), 3).certificate());
        certificate.revoke("造假", LocalDate.of(2027, 1, 1), "official");

        assertThatThrownBy(() -> certificate.renew("renewal-1", LocalDate.of(2029, 5, 20), "MIIT-2026-2"))
                .isInstanceOf(CertificateNotActiveException.class)
                .hasMessageContaining("REVOKED");
    }
}
