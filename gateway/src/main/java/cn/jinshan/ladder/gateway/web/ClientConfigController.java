package cn.jinshan.ladder.gateway.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /config.json}: the web app's sign-in settings from the gateway's properties. */
@RestController
@EnableConfigurationProperties(OidcClientProperties.class)
class ClientConfigController {

    private final OidcClientProperties oidc;

    ClientConfigController(OidcClientProperties oidc) {
        this.oidc = oidc;
    }

    @GetMapping(path = "/config.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClientConfig> config() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new ClientConfig(oidc.authority(), oidc.clientId(), oidc.scope()));
    }

    /** The body of {@code /config.json}. */
    record ClientConfig(String authority, String clientId, String scope) {}
}
