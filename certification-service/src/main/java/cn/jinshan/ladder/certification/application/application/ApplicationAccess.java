package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.Actor;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.kit.error.ForbiddenException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;

/** Who may see and act on an application: a firm its own (others do not exist for it), officials all. */
final class ApplicationAccess {

    private ApplicationAccess() {}

    static void requireVisible(ApplicationState application, CurrentUser caller) {
        if (caller.isDistrictWide()) {
            return;
        }
        if (!caller.belongsTo(application.enterpriseId())) {
            throw new NotFoundException("application", application.id());
        }
    }

    static String ownFirm(CurrentUser caller) {
        return caller.enterpriseId()
                .filter(id -> caller.has(CurrentUser.Role.ENTERPRISE))
                .orElseThrow(() -> new ForbiddenException("only a firm's own users open and submit its applications"));
    }

    static Actor actor(CurrentUser caller) {
        String role = caller.has(CurrentUser.Role.ENTERPRISE)
                ? "ENTERPRISE"
                : caller.has(CurrentUser.Role.OFFICIAL) ? "OFFICIAL" : "ADMIN";
        return new Actor(caller.subject(), caller.username(), role);
    }
}
