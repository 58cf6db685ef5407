package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.kit.security.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the caller ({@link CurrentUser}, resolved from the bearer token) out of the OpenAPI document, which otherwise
 * lists its components ({@code subject}, {@code roles}, {@code districtWide} …) as query parameters nobody reads.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    ApiDocumentation() {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }
}
