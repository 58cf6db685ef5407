package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import cn.jinshan.ladder.kit.error.ForbiddenException;
import cn.jinshan.ladder.kit.security.CurrentUser;

/** Who may see which enterprise: officials and admins all, specialists their portfolio, a firm only itself. */
final class Access {

    private Access() {}

    static boolean canRead(Enterprise enterprise, CurrentUser user) {
        return user.isDistrictWide()
                || user.belongsTo(enterprise.id().value())
                || (user.has(CurrentUser.Role.SPECIALIST)
                        && enterprise.isAccompaniedBy(user.subject(), user.username()));
    }

    /** Narrows a list query to what the caller may see. */
    static EnterpriseQuery scope(EnterpriseQuery query, CurrentUser user, String specialistFilter) {
        if (user.isDistrictWide()) {
            if (specialistFilter == null || specialistFilter.isBlank()) {
                return query;
            }
            return query.withSpecialist(
                    "me".equals(specialistFilter) ? me(user) : new Specialist(specialistFilter, specialistFilter));
        }
        if (user.has(CurrentUser.Role.SPECIALIST)) {
            return query.withSpecialist(me(user));
        }
        if (user.has(CurrentUser.Role.ENTERPRISE) && user.enterpriseId().isPresent()) {
            return query.withOnlyId(user.enterpriseId().get());
        }
        throw new ForbiddenException("no Ladder role");
    }

    private static Specialist me(CurrentUser user) {
        return new Specialist(user.subject(), user.username());
    }
}
