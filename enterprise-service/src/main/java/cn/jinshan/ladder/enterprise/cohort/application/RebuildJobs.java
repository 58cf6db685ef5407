package cn.jinshan.ladder.enterprise.cohort.application;

import cn.jinshan.ladder.enterprise.cohort.domain.RebuildJob;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the cohort rebuild as a background job, at most one at a time in this service: a start while one is queued
 * or running is refused with 409 {@code rebuild-running} naming that job. Jobs are stored, so their status outlives
 * the request; one that a stop interrupted is marked FAILED at the next start (a rebuild only appends what is
 * missing, so starting it again is safe).
 */
@Service
public class RebuildJobs {

    private static final Logger log = LoggerFactory.getLogger(RebuildJobs.class);

    private final CohortRebuild rebuild;
    private final RebuildJobStore store;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cohort-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private RebuildJob current;

    RebuildJobs(CohortRebuild rebuild, RebuildJobStore store, Clock clock) {
        this.rebuild = rebuild;
        this.store = store;
        this.clock = clock;
    }

    @PostConstruct
    void failInterrupted() {
        store.active().forEach(job -> {
            store.save(
                    job.failed("interrupted: the service stopped while the job was " + job.state(), clock.instant()));
            log.warn("cohort rebuild {} was {} when the service stopped; marked FAILED", job.id(), job.state());
        });
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Queues a rebuild and returns it, or refuses while another one is queued or running. */
    public synchronized RebuildJob start(String requestedBy) {
        if (current != null && current.active()) {
            throw new ConflictException(
                    "rebuild-running",
                    "cohort rebuild " + current.id() + " is " + current.state() + " since "
                            + (current.startedAt() == null ? current.requestedAt() : current.startedAt())
                            + "; follow it at /api/cohorts/rebuilds/" + current.id());
        }
        RebuildJob job = RebuildJob.queued(UUID.randomUUID().toString(), requestedBy, clock.instant());
        store.save(job);
        current = job;
        runner.execute(() -> run(job));
        return job;
    }

    /** The stored job, or 404. */
    public RebuildJob get(String id) {
        Optional<RebuildJob> job = store.find(id);
        return job.orElseThrow(() -> new NotFoundException("cohort rebuild", id));
    }

    private void run(RebuildJob queued) {
        RebuildJob running = update(queued.started(clock.instant()));
        try {
            CohortRebuild.Report report = rebuild.rebuild(firms -> update(running.progressed(firms)));
            RebuildJob done = update(running.succeeded(report.firms(), report.facts(), clock.instant()));
            log.info(
                    "BENCH cohort-rebuild job={} state={} firms={} facts={} seconds={} firmsPerSecond={}",
                    done.id(),
                    done.state(),
                    done.firms(),
                    done.facts(),
                    (done.finishedAt().toEpochMilli() - done.startedAt().toEpochMilli()) / 1000.0,
                    Math.round(done.firmsPerSecond()));
        } catch (RuntimeException e) {
            RebuildJob failed =
                    update(current.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant()));
            log.error("cohort rebuild {} failed", failed.id(), e);
        }
    }

    private synchronized RebuildJob update(RebuildJob job) {
        store.save(job);
        current = job;
        return job;
    }
}
