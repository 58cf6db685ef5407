package cn.jinshan.ladder.gateway.security;

import cn.jinshan.ladder.gateway.problem.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Stateless resource server: {@code /api/**} needs a Keycloak access token (checked by the decoder Boot builds from
 * {@code spring.security.oauth2.resourceserver.jwt.*} plus {@link AccessTokenTypeValidation}); the page (and the app
 * routes served as it), its assets, its {@code /config.json} and health are public. Every response carries the
 * security headers; cross-origin callers must be allow-listed ({@link AllowListCorsFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityHeadersProperties.class, CorsProperties.class})
class SecurityConfiguration {

    private static final String[] PUBLIC_PATHS = {
        "/",
        "/index.html",
        "/favicon.ico",
        "/favicon.svg",
        "/*.css",
        "/*.js",
        "/*.png",
        "/*.html",
        "/config.json",
        "/manifest.webmanifest",
        "/assets/**",
        "/actuator/health",
        "/actuator/health/**"
    };

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http, ProblemWriter problems, SecurityHeadersProperties headers, CorsProperties cors) {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .addFilterAt(new AllowListCorsFilter(cors.allowedOrigins(), problems), SecurityWebFiltersOrder.CORS)
                .authorizeExchange(exchanges -> exchanges
                        // decided first: no public pattern matches under /api, so API requests skip the list below
                        .pathMatchers("/api/**")
                        .authenticated()
                        .pathMatchers(PUBLIC_PATHS)
                        .permitAll()
                        // reached only by the circuit breakers' internal forward, never from outside
                        .pathMatchers("/fallback/**")
                        .denyAll()
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()))
                // the app's silent sign-in page runs in a frame of the app itself
                .headers(headerSpec -> headerSpec
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.SAMEORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(headers.contentSecurityPolicy()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        // Spring's own HSTS writer only sees the scheme of the hop that reached the gateway
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .writer(new StrictTransportSecurityWriter(headers.strictTransportSecurity())))
                .build();
    }

    /**
     * No Spring Security observations: the filter-chain, authentication and authorization observations each timed a
     * part of the request that {@code http.server.requests} already times, at about a seventh of the gateway's CPU
     * (JFR, bench scenario a). Rejected tokens stay visible as 401s in that metric and in the access log.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
