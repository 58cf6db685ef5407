package cn.jinshan.ladder.certification.enterprise.adapter.out.rest;

import java.net.http.HttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The RestClient for enterprise-service, with connect and read timeouts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EnterpriseServiceProperties.class)
class EnterpriseServiceConfiguration {

    @Bean
    RestClient enterpriseServiceRestClient(RestClient.Builder builder, EnterpriseServiceProperties properties) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return builder.clone().baseUrl(properties.url()).requestFactory(factory).build();
    }
}
