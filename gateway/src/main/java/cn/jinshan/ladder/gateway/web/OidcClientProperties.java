package cn.jinshan.ladder.gateway.web;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the web app signs in, read by the browser from {@code /config.json} so it can change without a rebuild.
 *
 * @param authority the Keycloak realm as the browser reaches it
 * @param clientId the public client (authorization code + PKCE)
 * @param scope the scopes the app asks for
 */
@Validated
@ConfigurationProperties("ladder.gateway.oidc")
record OidcClientProperties(
        @NotBlank String authority,
        @NotBlank String clientId,
        @NotBlank String scope) {}
