package cn.jinshan.ladder.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;

/**
 * Keycloak's {@code typ} claim must be {@code Bearer} (or absent): an ID or refresh token is not an access token,
 * even with the API audience. The same rule as the service kit's decoder; Boot adds this validator to the ones it
 * builds from {@code spring.security.oauth2.resourceserver.jwt.*} (issuer, audience, time).
 */
@Configuration(proxyBeanMethods = false)
class AccessTokenTypeValidation {

    static final String TYPE_CLAIM = "typ";

    @Bean
    OAuth2TokenValidator<Jwt> accessTokenOnly() {
        return new JwtClaimValidator<Object>(TYPE_CLAIM, typ -> typ == null || "Bearer".equals(typ));
    }
}
