package cn.jinshan.ladder.certification.programme.adapter.in.scheduling;

import cn.jinshan.ladder.certification.programme.application.WindowAnnouncements;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily window scan: one replica (ShedLock lease) announces windows opening and closing in 7/3/1 days. */
@Component
class WindowScanJob {

    private static final Logger log = LoggerFactory.getLogger(WindowScanJob.class);

    private final WindowAnnouncements announcements;
    private final Clock clock;

    WindowScanJob(WindowAnnouncements announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    @Scheduled(cron = "${ladder.certification.window-scan-cron}", zone = "${ladder.certification.zone}")
    @SchedulerLock(name = "application-window-scan", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scan() {
        int sent = announcements.announce(LocalDate.now(clock));
        log.info("application window scan: {} announcements", sent);
    }
}
