package cn.jinshan.ladder.notification.reminders.application;

import cn.jinshan.ladder.notification.reminders.domain.ReminderRule;
import cn.jinshan.ladder.notification.rules.application.RuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The reminder rules shipped in {@code reminder-rules.json}: what schedules, what cancels, what is said. */
@Component
public class ReminderBook {

    static final String RESOURCE = "reminder-rules.json";

    private final List<ReminderRule> rules;

    ReminderBook(JsonMapper json) {
        this.rules = load(json);
    }

    /** A reminder rule as written in the file. */
    public record Definition(
            String name,
            List<String> scheduledBy,
            String anchorField,
            List<Integer> offsetsDays,
            String at,
            String causeKey,
            List<String> cancelledBy,
            RuleDefinition notification) {

        ReminderRule toRule() {
            return new ReminderRule(
                    name,
                    scheduledBy,
                    anchorField,
                    offsetsDays,
                    at == null ? null : LocalTime.parse(at),
                    causeKey,
                    cancelledBy,
                    notification.toRule("reminder." + name));
        }
    }

    public List<ReminderRule> all() {
        return rules;
    }

    public Optional<ReminderRule> named(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    /** The shipped reminder rules as read from the class path. */
    public static List<ReminderRule> load(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return Arrays.stream(json.readValue(in, Definition[].class))
                    .map(Definition::toRule)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
