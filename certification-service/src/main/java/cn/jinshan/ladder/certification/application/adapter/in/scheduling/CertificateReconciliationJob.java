package cn.jinshan.ladder.certification.application.adapter.in.scheduling;

import cn.jinshan.ladder.certification.application.application.ApplicationReview;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly: issues the certificate of any approved application whose certificate write did not happen. */
@Component
class CertificateReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(CertificateReconciliationJob.class);

    private final ApplicationReview review;

    CertificateReconciliationJob(ApplicationReview review) {
        this.review = review;
    }

    @Scheduled(cron = "${ladder.certification.reconciliation-cron}", zone = "${ladder.certification.zone}")
    @SchedulerLock(name = "certificate-reconciliation", lockAtMostFor = "PT30M")
    void reconcile() {
        int checked = review.issueMissingCertificates();
        log.info("certificate reconciliation: {} approved applications checked", checked);
    }
}
