package cn.jinshan.ladder.enterprise.registry.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Loads the list read model before the service takes requests or events, and reloads a firm by {@code _id} when
 * {@code enterprise.events} says it changed; a reload that fails is retried every second until it succeeds.
 */
@Component
public class DirectoryUpkeep implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DirectoryUpkeep.class);
    private static final int LOAD_ATTEMPTS = 30;
    private static final Duration LOAD_PAUSE = Duration.ofSeconds(2);

    private final EnterpriseStore store;
    private final EnterpriseDirectory directory;
    private final Clock clock;
    private final Set<String> stale = ConcurrentHashMap.newKeySet();

    DirectoryUpkeep(EnterpriseStore store, EnterpriseDirectory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (int attempt = 1; ; attempt++) {
            try {
                load();
                return;
            } catch (RuntimeException e) {
                if (attempt >= LOAD_ATTEMPTS) {
                    throw new IllegalStateException("the list read model could not be loaded", e);
                }
                log.warn("list read model not loaded yet (attempt {}): {}", attempt, e.toString());
                pause();
            }
        }
    }

    /** Reads every firm's summary (what the start runs); answers how many. */
    public int load() {
        Instant at = clock.instant();
        long started = System.nanoTime();
        int firms = store.loadSummaries();
        directory.loaded(at);
        log.info(
                "list read model loaded: {} firms in {} ms",
                firms,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return firms;
    }

    /** A firm changed somewhere (an event on {@code enterprise.events}): read its summary again. */
    public void changed(String firm) {
        try {
            store.refresh(firm);
        } catch (RuntimeException e) {
            log.warn("read model: firm {} not reloaded yet: {}", firm, e.toString());
            stale.add(firm);
        }
    }

    /** Retries the reloads that failed. */
    @Scheduled(fixedDelayString = "${ladder.read-model.retry-interval-ms:1000}")
    public void retryStale() {
        for (String firm : List.copyOf(stale)) {
            stale.remove(firm);
            changed(firm);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(LOAD_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the list read model", e);
        }
    }
}
