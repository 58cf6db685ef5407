package cn.jinshan.ladder.gateway.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Response headers the gateway adds for the pages it serves.
 *
 * @param contentSecurityPolicy the {@code Content-Security-Policy} sent with every response
 */
@Validated
@ConfigurationProperties("ladder.gateway")
record SecurityHeadersProperties(@NotBlank String contentSecurityPolicy) {}
