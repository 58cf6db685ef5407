package cn.jinshan.ladder.enterprise.cohort.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code --ladder.cohorts.rebuild=true} rebuilds the cohort read model once the service is up. */
@Component
class RebuildOnStart {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);

    private final CohortRebuild rebuild;
    private final boolean enabled;

    RebuildOnStart(CohortRebuild rebuild, @Value("${ladder.cohorts.rebuild:false}") boolean enabled) {
        this.rebuild = rebuild;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfAsked() {
        if (enabled) {
            CohortRebuild.Report report = rebuild.rebuild();
            log.info("cohort read model rebuilt: {} firms, {} facts", report.firms(), report.facts());
        }
    }
}
