package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A firm's place on the ladder: certificates held, current rung, and the stage history. */
@RestController
class LadderController {

    private final EnterpriseService enterprises;
    private final Clock clock;

    LadderController(EnterpriseService enterprises, Clock clock) {
        this.enterprises = enterprises;
        this.clock = clock;
    }

    @GetMapping("/api/enterprises/{id}/ladder")
    LadderView ladder(@PathVariable String id, CurrentUser user) {
        return LadderView.of(enterprises.get(id, user), clock.instant());
    }
}
