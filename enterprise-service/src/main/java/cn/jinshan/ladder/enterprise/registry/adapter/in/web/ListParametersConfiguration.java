package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets {@link ListParametersResolver} read the list and export filters ahead of Spring's data binding. */
@Configuration(proxyBeanMethods = false)
class ListParametersConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ListParametersResolver());
    }
}
