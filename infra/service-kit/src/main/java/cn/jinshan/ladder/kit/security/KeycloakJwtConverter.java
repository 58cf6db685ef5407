package cn.jinshan.ladder.kit.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps Keycloak's {@code realm_access.roles} to {@code ROLE_*} authorities, and a client-credentials token of the
 * {@code ladder-services} client to {@code ROLE_LADDER_SERVICE}; the principal name is the subject.
 */
final class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>(CurrentUser.realmRoles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList());
        if (isServiceClient(jwt)) {
            authorities.add(
                    new SimpleGrantedAuthority("ROLE_" + ResourceServerSecurityConfiguration.SERVICE_CLIENT_ROLE));
        }
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    /**
     * A service-account token of {@code ladder-services}: Keycloak names the client in {@code azp} and the user
     * {@code service-account-<client>}; the client has no user-facing flow, so no person holds such a token.
     */
    static boolean isServiceClient(Jwt jwt) {
        String client = ResourceServerSecurityConfiguration.SERVICE_CLIENT_ID;
        return client.equals(jwt.getClaimAsString("azp"))
                && ("service-account-" + client).equals(jwt.getClaimAsString("preferred_username"));
    }
}
