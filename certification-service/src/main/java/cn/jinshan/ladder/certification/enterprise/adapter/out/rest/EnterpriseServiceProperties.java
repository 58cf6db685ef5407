package cn.jinshan.ladder.certification.enterprise.adapter.out.rest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where enterprise-service answers and how long a call may take. */
@ConfigurationProperties("ladder.enterprise-service")
record EnterpriseServiceProperties(String url, Duration connectTimeout, Duration readTimeout) {

    EnterpriseServiceProperties {
        url = url == null ? "http://127.0.0.1:8081" : url;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(2) : readTimeout;
    }
}
