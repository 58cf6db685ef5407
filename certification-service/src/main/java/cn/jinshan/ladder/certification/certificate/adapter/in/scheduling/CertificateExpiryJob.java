package cn.jinshan.ladder.certification.certificate.adapter.in.scheduling;

import cn.jinshan.ladder.certification.certificate.application.CertificateService;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily scan: one replica (a ShedLock lease in Mongo) expires certificates and sends expiring-soon notices. */
@Component
class CertificateExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiryJob.class);

    private final CertificateService certificates;
    private final Clock clock;

    CertificateExpiryJob(CertificateService certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @Scheduled(cron = "${ladder.certification.expiry-scan-cron}", zone = "${ladder.certification.zone}")
    @SchedulerLock(name = "certificate-expiry-scan", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scan() {
        LocalDate today = LocalDate.now(clock);
        int expired = certificates.expireDue(today);
        int noticed = certificates.noticeExpiring(today);
        log.info("certificate expiry scan: {} expired, {} expiring-soon notices", expired, noticed);
    }
}
