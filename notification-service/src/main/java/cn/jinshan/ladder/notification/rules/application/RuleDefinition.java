package cn.jinshan.ladder.notification.rules.application;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import cn.jinshan.ladder.notification.inbox.domain.Category;
import cn.jinshan.ladder.notification.inbox.domain.Priority;
import cn.jinshan.ladder.notification.rules.domain.RecipientKind;
import cn.jinshan.ladder.notification.rules.domain.Rule;
import cn.jinshan.ladder.notification.rules.domain.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A rule as written by administrators and in the seeded defaults (names instead of enums, checked on use). */
public record RuleDefinition(
        String eventType,
        Boolean enabled,
        List<String> recipients,
        String category,
        String priority,
        Text title,
        Text body,
        String link) {

    /** Both languages of a template. */
    public record Text(String zh, String en) {}

    public static RuleDefinition of(Rule rule) {
        return new RuleDefinition(
                rule.eventType(),
                rule.enabled(),
                rule.recipients().stream().map(Enum::name).toList(),
                rule.category().name(),
                rule.priority().name(),
                new Text(rule.title().zh(), rule.title().en()),
                new Text(rule.body().zh(), rule.body().en()),
                rule.link());
    }

    /** The rule, or a 400 naming every field that breaks a rule. */
    public Rule toRule(String forEventType) {
        List<RuleViolation> violations = new ArrayList<>();
        if (recipients == null || recipients.isEmpty()) {
            violations.add(new RuleViolation("recipients", "notEmpty", "name at least one recipient"));
        } else if (recipients.stream()
                .anyMatch(r -> r == null || !names(RecipientKind.values()).contains(r))) {
            violations.add(new RuleViolation(
                    "recipients", "oneOf", "recipients must be among " + names(RecipientKind.values())));
        }
        if (category == null || !names(Category.values()).contains(category)) {
            violations.add(
                    new RuleViolation("category", "oneOf", "category must be one of " + names(Category.values())));
        }
        if (priority == null || !names(Priority.values()).contains(priority)) {
            violations.add(
                    new RuleViolation("priority", "oneOf", "priority must be one of " + names(Priority.values())));
        }
        checkText(title, "title", violations);
        checkText(body, "body", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Rule(
                forEventType,
                enabled == null || enabled,
                recipients.stream().map(RecipientKind::valueOf).toList(),
                Category.valueOf(category),
                Priority.valueOf(priority),
                new Template(title.zh(), title.en()),
                new Template(body.zh(), body.en()),
                link);
    }

    private static void checkText(Text text, String field, List<RuleViolation> violations) {
        if (text == null || text.zh() == null || text.zh().isBlank()) {
            violations.add(new RuleViolation(field + ".zh", "notBlank", field + " needs a Chinese text"));
        }
        if (text == null || text.en() == null || text.en().isBlank()) {
            violations.add(new RuleViolation(field + ".en", "notBlank", field + " needs an English text"));
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
