package cn.jinshan.ladder.gateway.fallback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Mounts the fallback the routes' {@code fallbackUri: forward:/fallback/<service>} points at, for every method. */
@Configuration(proxyBeanMethods = false)
class FallbackConfiguration {

    @Bean
    RouterFunction<ServerResponse> fallbackRoutes(FallbackHandler handler) {
        return RouterFunctions.route(RequestPredicates.path("/fallback/{service}"), handler::handle);
    }
}
