package cn.jinshan.ladder.gateway.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Response headers the gateway adds to every response.
 *
 * @param contentSecurityPolicy the {@code Content-Security-Policy} sent with every response
 * @param strictTransportSecurity the {@code Strict-Transport-Security} value sent on requests that came over HTTPS
 */
@Validated
@ConfigurationProperties("ladder.gateway")
record SecurityHeadersProperties(
        @NotBlank String contentSecurityPolicy, @NotBlank String strictTransportSecurity) {}
