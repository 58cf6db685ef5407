package cn.jinshan.ladder.notification.rules.adapter.in.web;

import cn.jinshan.ladder.notification.rules.application.RuleBook;
import cn.jinshan.ladder.notification.rules.application.RuleDefinition;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/notification-rules")
@PreAuthorize("hasRole('ADMIN')")
class RuleController {

    private final RuleBook rules;

    RuleController(RuleBook rules) {
        this.rules = rules;
    }

    @GetMapping
    List<RuleDefinition> list() {
        return rules.all().stream().map(RuleDefinition::of).toList();
    }

    @GetMapping("/{eventType}")
    RuleDefinition get(@PathVariable String eventType) {
        return RuleDefinition.of(rules.get(eventType));
    }

    @PutMapping("/{eventType}")
    RuleDefinition replace(@PathVariable String eventType, @RequestBody RuleRequest request) {
        return RuleDefinition.of(rules.replace(eventType, request.toDefinition(eventType)));
    }
}
