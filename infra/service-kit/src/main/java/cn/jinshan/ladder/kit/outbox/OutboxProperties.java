package cn.jinshan.ladder.kit.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which collections carry an outbox, how often the relay sweeps its pointers, how often it scans the collections
 * themselves as a safety net, and how long a send may take.
 */
@ConfigurationProperties("ladder.outbox")
public record OutboxProperties(
        List<String> collections,
        Duration sweepInterval,
        Duration fullSweepInterval,
        Duration sendTimeout,
        int batchSize) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
        fullSweepInterval = fullSweepInterval == null ? Duration.ofMinutes(10) : fullSweepInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        batchSize = batchSize <= 0 ? 200 : batchSize;
    }
}
