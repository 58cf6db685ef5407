package cn.jinshan.ladder.certification.application.adapter.in.scheduling;

import cn.jinshan.ladder.certification.application.application.ReviewQueue;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: one replica (ShedLock lease) emits {@code ReviewOverdue} for applications past their service level. */
@Component
class ReviewOverdueJob {

    private static final Logger log = LoggerFactory.getLogger(ReviewOverdueJob.class);

    private final ReviewQueue queue;

    ReviewOverdueJob(ReviewQueue queue) {
        this.queue = queue;
    }

    @Scheduled(cron = "${ladder.certification.review-overdue-cron}", zone = "${ladder.certification.zone}")
    @SchedulerLock(name = "review-overdue-scan", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scan() {
        log.info("review overdue scan: {} applications newly overdue", queue.noticeOverdue());
    }
}
