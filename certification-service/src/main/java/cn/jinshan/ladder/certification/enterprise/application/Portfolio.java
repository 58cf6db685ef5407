package cn.jinshan.ladder.certification.enterprise.application;

import cn.jinshan.ladder.kit.security.CurrentUser;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Which firms a caller may see in certification-service: a firm user only itself, officials and administrators the
 * whole district, a specialist only the firms of their portfolio (as enterprise-service lists them for the caller).
 */
@Component
public class Portfolio {

    private final EnterpriseDirectory enterprises;

    Portfolio(EnterpriseDirectory enterprises) {
        this.enterprises = enterprises;
    }

    /** True when the caller sees only a portfolio of firms (a specialist without a district-wide role). */
    public static boolean bound(CurrentUser caller) {
        return caller.has(CurrentUser.Role.SPECIALIST)
                && !caller.isDistrictWide()
                && !caller.has(CurrentUser.Role.ENTERPRISE);
    }

    /** The test "may this caller see this firm?", asking enterprise-service at most once for a specialist. */
    public Predicate<String> visibleTo(CurrentUser caller) {
        if (caller.isDistrictWide()) {
            return enterpriseId -> true;
        }
        if (bound(caller)) {
            return Set.copyOf(enterprises.enterpriseIds())::contains;
        }
        return caller::belongsTo;
    }
}
