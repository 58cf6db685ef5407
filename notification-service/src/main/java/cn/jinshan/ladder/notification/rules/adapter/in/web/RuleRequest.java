package cn.jinshan.ladder.notification.rules.adapter.in.web;

import cn.jinshan.ladder.notification.rules.application.RuleDefinition;
import java.util.List;

/**
 * A rule as an administrator sends it: everything but the event type, which the path names (an {@code eventType} in
 * the body is an undeclared property, refused like any other server-owned field).
 */
record RuleRequest(
        Boolean enabled,
        List<String> recipients,
        String category,
        String priority,
        RuleDefinition.Text title,
        RuleDefinition.Text body,
        String link) {

    RuleDefinition toDefinition(String eventType) {
        return new RuleDefinition(eventType, enabled, recipients, category, priority, title, body, link);
    }
}
