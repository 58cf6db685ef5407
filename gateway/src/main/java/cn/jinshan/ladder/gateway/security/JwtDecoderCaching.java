package cn.jinshan.ladder.gateway.security;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** Wraps Boot's validating JWT decoder in {@link CachingJwtDecoder}; validation rules stay Boot's own. */
@Configuration(proxyBeanMethods = false)
class JwtDecoderCaching {

    private static final int MAX_REMEMBERED_TOKENS = 10_000;

    @Bean
    static BeanPostProcessor cachingJwtDecoderPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof CachingJwtDecoder)) {
                    return new CachingJwtDecoder(decoder, Clock.systemUTC(), MAX_REMEMBERED_TOKENS);
                }
                return bean;
            }
        };
    }
}
