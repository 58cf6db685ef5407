package cn.jinshan.ladder.enterprise.cohort.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --ladder.cohorts.rebuild=true} starts a cohort rebuild job once the service is up (the job logs its end;
 * its status is at {@code /api/cohorts/rebuilds/{id}}).
 */
@Component
class RebuildOnStart {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);

    private final RebuildJobs rebuilds;
    private final boolean enabled;

    RebuildOnStart(RebuildJobs rebuilds, @Value("${ladder.cohorts.rebuild:false}") boolean enabled) {
        this.rebuilds = rebuilds;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfAsked() {
        if (enabled) {
            log.info(
                    "cohort rebuild {} started at start-up",
                    rebuilds.start("system").id());
        }
    }
}
