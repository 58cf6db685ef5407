package cn.jinshan.ladder.certification.audit.adapter.in.web;

import cn.jinshan.ladder.certification.audit.application.Audit;
import cn.jinshan.ladder.kit.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records, once, every attempt at an audited action (a decision, a revocation) that a signed-in caller's role does
 * not allow: such a call is answered 403 before the use case runs, so the use case cannot record it.
 */
class DeniedActionAudit implements HandlerInterceptor {

    /** An audited route: its pattern (object id in group 1), the action and the object type. */
    record AuditedRoute(Pattern path, String action, String objectType) {}

    static final List<AuditedRoute> ROUTES = List.of(
            new AuditedRoute(
                    Pattern.compile("/api/applications/([^/]+)/review/approve"), "application.approve", "application"),
            new AuditedRoute(
                    Pattern.compile("/api/applications/([^/]+)/review/reject"), "application.reject", "application"),
            new AuditedRoute(
                    Pattern.compile("/api/applications/([^/]+)/review/return"), "application.return", "application"),
            new AuditedRoute(Pattern.compile("/api/certificates/([^/]+)/revoke"), "certificate.revoke", "certificate"));

    private final Audit audit;

    DeniedActionAudit(Audit audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (response.getStatus() != HttpServletResponse.SC_FORBIDDEN
                || authentication == null
                || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return;
        }
        for (AuditedRoute route : ROUTES) {
            Matcher matcher = route.path().matcher(request.getRequestURI());
            if (matcher.matches()) {
                audit.denied(route.action(), route.objectType(), matcher.group(1), CurrentUser.from(jwt));
                return;
            }
        }
    }
}
