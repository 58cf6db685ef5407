package cn.jinshan.ladder.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.contracts.ContractValidator;
import cn.jinshan.ladder.notification.reminders.application.ReminderBook;
import cn.jinshan.ladder.notification.reminders.domain.ReminderRule;
import cn.jinshan.ladder.notification.rules.application.DefaultRules;
import cn.jinshan.ladder.notification.rules.domain.Rule;
import cn.jinshan.ladder.notification.rules.domain.Template;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ShippedRulesContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> DERIVED =
            Set.of("aggregateId", "enterpriseId", "enterpriseName", "programmeZh", "programmeEn");

    @Test
    void everyFieldAShippedRuleReadsIsInItsEventsContractExample() {
        ContractValidator contracts = new ContractValidator();
        List<Rule> rules = DefaultRules.load(JSON);
        Map<String, Integer> latest = new HashMap<>();
        contracts.knownEventTypes().forEach(c -> latest.merge(c.type(), c.version(), Math::max));

        assertThat(rules).isNotEmpty();
        for (Rule rule :
                rules.stream().filter(r -> latest.containsKey(r.eventType())).toList()) {
            JsonNode payload = JSON.readTree(contracts.exampleFor(rule.eventType(), latest.get(rule.eventType())))
                    .get("payload");
            Set<String> fields = new HashSet<>(rule.fieldsRead());
            fields.removeAll(DERIVED);
            assertThat(fields)
                    .as("fields read by the rule of " + rule.eventType())
                    .allMatch(payload::has);
        }
    }

    @Test
    void everyFieldAReminderRuleReadsIsInTheContractsOfTheEventsThatScheduleOrCancelIt() {
        ContractValidator contracts = new ContractValidator();
        List<ReminderRule> rules = ReminderBook.load(JSON);

        assertThat(rules).extracting(ReminderRule::name).contains("certificate-expiry", "review-overdue");
        for (ReminderRule rule : rules) {
            Set<String> causeFields = new Template(rule.causeKey(), "").placeholders();
            for (String type : rule.scheduledBy()) {
                JsonNode payload = JSON.readTree(contracts.exampleFor(type, 1)).get("payload");
                Set<String> fields = new HashSet<>(rule.notification().fieldsRead());
                fields.addAll(causeFields);
                fields.removeAll(DERIVED);
                fields.remove("days");
                assertThat(fields)
                        .as("fields of " + rule.name() + " in " + type)
                        .allMatch(payload::has);
                assertThat("occurredAt".equals(rule.anchorField()) || payload.has(rule.anchorField()))
                        .as("anchor of " + rule.name())
                        .isTrue();
            }
            for (String type : rule.cancelledBy()) {
                JsonNode payload = JSON.readTree(contracts.exampleFor(type, 1)).get("payload");
                assertThat(causeFields)
                        .as("cause of " + rule.name() + " in " + type)
                        .allMatch(payload::has);
            }
        }
    }
}
