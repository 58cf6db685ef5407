package cn.jinshan.ladder.kit.mongo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the MongoDB driver may wait before a request fails: choosing a server, opening a connection and reading
 * an answer. The driver's own defaults (30 s server selection, no read timeout) would hold a request far longer
 * than a caller waits.
 */
@ConfigurationProperties("ladder.mongo")
public record MongoTimeoutProperties(Duration serverSelectionTimeout, Duration connectTimeout, Duration readTimeout) {

    public MongoTimeoutProperties {
        serverSelectionTimeout = serverSelectionTimeout == null ? Duration.ofSeconds(2) : serverSelectionTimeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }
}
