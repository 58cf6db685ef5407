package cn.jinshan.ladder.enterprise.cohort.adapter.out.rest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where certification-service answers and how long a call may take. */
@ConfigurationProperties("ladder.certification-service")
record CertificationServiceProperties(String url, Duration connectTimeout, Duration readTimeout) {

    CertificationServiceProperties {
        url = url == null ? "http://127.0.0.1:8082" : url;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    }
}
