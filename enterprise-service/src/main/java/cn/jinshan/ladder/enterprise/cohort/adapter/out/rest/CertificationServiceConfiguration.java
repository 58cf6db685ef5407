package cn.jinshan.ladder.enterprise.cohort.adapter.out.rest;

import java.net.http.HttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The RestClient for certification-service, with connect and read timeouts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificationServiceProperties.class)
class CertificationServiceConfiguration {

    @Bean
    RestClient certificationServiceRestClient(RestClient.Builder builder, CertificationServiceProperties properties) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return builder.clone().baseUrl(properties.url()).requestFactory(factory).build();
    }
}
