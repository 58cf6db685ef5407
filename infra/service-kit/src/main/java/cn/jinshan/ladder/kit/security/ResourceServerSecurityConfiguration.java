package cn.jinshan.ladder.kit.security;

import cn.jinshan.ladder.kit.audit.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a stateless resource server that validates Keycloak tokens again (signature, issuer, audience,
 * expiry and not-before, and Keycloak's {@code typ} claim: an ID or refresh token is not an access token).
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"
        })
@EnableMethodSecurity
@EnableConfigurationProperties(LadderSecurityProperties.class)
public class ResourceServerSecurityConfiguration {

    /** The Keycloak client whose service-account tokens may read the operator endpoints (metrics, info). */
    public static final String SERVICE_CLIENT_ID = "ladder-services";

    /** The role (without {@code ROLE_}) a client-credentials token of {@link #SERVICE_CLIENT_ID} is given. */
    public static final String SERVICE_CLIENT_ROLE = "LADDER_SERVICE";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**"};

    static final String[] OPERATOR_PATHS = {"/actuator", "/actuator/**"};

    /**
     * The realm roles of people; every other route needs one of them, so a valid token without one (the
     * {@link #SERVICE_CLIENT_ID} service account, which carries the API audience for the operator endpoints) is
     * authenticated but reaches no API data.
     */
    static final String[] PERSON_ROLES = {"ENTERPRISE", "OFFICIAL", "SPECIALIST", "ADMIN"};

    @Bean
    JwtDecoder ladderJwtDecoder(LadderSecurityProperties properties) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(properties.audience()));
        OAuth2TokenValidator<Jwt> accessTokenOnly =
                new JwtClaimValidator<Object>("typ", typ -> typ == null || "Bearer".equals(typ));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuerUri()), audience, accessTokenOnly));
        return decoder;
    }

    @Bean
    SecurityFilterChain ladderSecurityFilterChain(
            HttpSecurity http,
            JsonMapper jsonMapper,
            ObjectProvider<AuditLog> auditLog,
            ObjectProvider<MeterRegistry> meters)
            throws Exception {
        ProblemAuthenticationHandlers handlers = new ProblemAuthenticationHandlers(jsonMapper, auditLog, meters);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers(OPERATOR_PATHS)
                        .hasAnyRole("ADMIN", SERVICE_CLIENT_ROLE)
                        .anyRequest()
                        .hasAnyRole(PERSON_ROLES))
                .oauth2ResourceServer(
                        oauth2 -> oauth2.jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtConverter()))
                                .authenticationEntryPoint(handlers.entryPoint())
                                .accessDeniedHandler(handlers.accessDenied()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()));
        return http.build();
    }

    @Bean
    WebMvcConfigurer currentUserArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
