package cn.jinshan.ladder.kit.audit;

import cn.jinshan.ladder.kit.security.CurrentUser;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller of the current request as the audit log names it; the service itself when nobody is signed in. */
record Actor(String subject, String username, List<String> roles, String enterpriseId) {

    static final Actor SYSTEM = new Actor("system", "system", List.of(), null);

    static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && name.startsWith("ROLE_"))
                .map(name -> name.substring("ROLE_".length()))
                .sorted()
                .toList();
        if (authentication instanceof JwtAuthenticationToken token) {
            CurrentUser user = CurrentUser.from(token.getToken());
            return new Actor(
                    user.subject(), user.username(), roles, user.enterpriseId().orElse(null));
        }
        return new Actor(authentication.getName(), authentication.getName(), roles, null);
    }
}
