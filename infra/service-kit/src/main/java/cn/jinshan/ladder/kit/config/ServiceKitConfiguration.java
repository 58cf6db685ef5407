package cn.jinshan.ladder.kit.config;

import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.web.RequestIdFilter;
import cn.jinshan.ladder.kit.web.SecurityHeadersFilter;
import cn.jinshan.ladder.kit.web.StrictRequestBodies;
import cn.jinshan.ladder.kit.web.TomcatProblemPages;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The beans every service shares: a clock, the event codec, strict request bodies, the request-id and security-header
 * filters, the problem advice, and problem pages for requests Tomcat refuses itself.
 */
@AutoConfiguration
@ComponentScan(basePackages = "cn.jinshan.ladder.kit.problem")
public class ServiceKitConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec(JsonMapper jsonMapper) {
        return new EventCodec(jsonMapper);
    }

    @Bean
    StrictRequestBodies strictRequestBodies() {
        return new StrictRequestBodies();
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory")
    TomcatProblemPages tomcatProblemPages() {
        return new TomcatProblemPages();
    }
}
