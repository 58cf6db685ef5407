package cn.jinshan.ladder.certification.certificate.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A certification a firm holds (证书/牌匾): valid from the announcement date to the last day of the month before the
 * same month {@code validityYears} later; it can be revoked with a reason, or expire.
 */
public class Certificate {

    private CertificateState state;

    private Certificate(CertificateState state) {
        this.state = state;
    }

    /** What an approval issues. */
    public record Issue(
            String id,
            String enterpriseId,
            String programme,
            String level,
            String number,
            LocalDate announcedOn,
            Integer validityYears,
            String ruleVersion,
            String applicationId) {}

    public static Certificate restore(CertificateState state) {
        return new Certificate(state);
    }

    /** Issues a certificate; the returned event carries it. */
    public static CertificateEvent issue(Issue issue) {
        CertificateState state = new CertificateState(
                issue.id(),
                issue.enterpriseId(),
                issue.programme(),
                issue.level(),
                issue.number(),
                issue.announcedOn(),
                validUntil(issue.announcedOn(), issue.validityYears()),
                issue.ruleVersion(),
                issue.announcedOn(),
                issue.applicationId(),
                CertificateStatus.ACTIVE,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                0);
        return new CertificateEvent("CertificateIssued", state, null);
    }

    /** The last valid day: the month before the same month {@code years} later, e.g. 2026-07-15 → 2029-06-30. */
    public static LocalDate validUntil(LocalDate from, Integer years) {
        if (years == null) {
            return null;
        }
        return from.plusYears(years).withDayOfMonth(1).minusDays(1);
    }

    public CertificateState state() {
        return state;
    }

    public CertificateEvent revoke(String reason, LocalDate on, String by) {
        requireActive("revoke");
        state = state.revoked(reason, on, by);
        return new CertificateEvent("CertificateRevoked", state, null);
    }

    /** True when the certificate is active and its last valid day is before {@code today}. */
    public boolean expiredBy(LocalDate today) {
        return state.status() == CertificateStatus.ACTIVE
                && state.validUntil() != null
                && state.validUntil().isBefore(today);
    }

    /** Days before the end of validity at which the holder is reminded (到期提醒). */
    public static final List<Integer> NOTICE_DAYS = List.of(90, 30, 7);

    /**
     * The expiring-soon notice due on {@code today}, if any: for the tightest threshold (90, 30, 7 days) that has been
     * reached and not yet announced; a late scan sends one notice, not one per missed threshold.
     */
    public Optional<CertificateEvent> noticeExpiring(LocalDate today) {
        if (state.status() != CertificateStatus.ACTIVE
                || state.validUntil() == null
                || state.validUntil().isBefore(today)) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, state.validUntil());
        Optional<Integer> due = NOTICE_DAYS.stream()
                .filter(days -> daysLeft <= days)
                .min(Integer::compare)
                .filter(days -> !state.expiringNotices().contains(days));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> sent =
                NOTICE_DAYS.stream().filter(days -> days >= due.get()).toList();
        state = state.noticed(sent);
        return Optional.of(new CertificateEvent("CertificateExpiring", state, (int) daysLeft));
    }

    /** A renewal (复核) extends the validity by this many years. */
    public static final int RENEWAL_YEARS = 3;

    /**
     * 复核通过: extends the validity by {@link #RENEWAL_YEARS} from its current end (from the announcement when the
     * end is unknown), under the renewal's rule version; empty when this renewal was applied already.
     */
    public Optional<CertificateEvent> renew(String applicationId, LocalDate announcedOn, String ruleVersion) {
        if (state.renewals().contains(applicationId)) {
            return Optional.empty();
        }
        requireActive("renew");
        LocalDate until = state.validUntil() == null
                ? validUntil(announcedOn, RENEWAL_YEARS)
                : extend(state.validUntil(), RENEWAL_YEARS);
        state = state.renewed(applicationId, announcedOn, until, ruleVersion);
        return Optional.of(new CertificateEvent("CertificateRenewed", state, null));
    }

    private static LocalDate extend(LocalDate until, int years) {
        YearMonth month = YearMonth.from(until);
        return until.equals(month.atEndOfMonth()) ? month.plusYears(years).atEndOfMonth() : until.plusYears(years);
    }

    public CertificateEvent expire() {
        requireActive("expire");
        state = state.expired(state.validUntil().plusDays(1));
        return new CertificateEvent("CertificateExpired", state, null);
    }

    private void requireActive(String action) {
        if (state.status() != CertificateStatus.ACTIVE) {
            throw new CertificateNotActiveException(
                    "cannot " + action + " certificate " + state.number() + ": it is " + state.status());
        }
    }
}
