package cn.jinshan.ladder.kit.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which collections carry an outbox, how often the relay sweeps them and how long a send may take. */
@ConfigurationProperties("ladder.outbox")
public record OutboxProperties(List<String> collections, Duration sweepInterval, Duration sendTimeout, int batchSize) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        batchSize = batchSize <= 0 ? 200 : batchSize;
    }
}
