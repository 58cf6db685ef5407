package cn.jinshan.ladder.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.contracts.ContractValidator;
import cn.jinshan.ladder.notification.rules.application.DefaultRules;
import cn.jinshan.ladder.notification.rules.domain.Rule;
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
}
