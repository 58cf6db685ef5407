package cn.jinshan.ladder.notification.rules.application;

import cn.jinshan.ladder.notification.rules.domain.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Seeds the shipped rules ({@code notification-rules.json}) before consumers start; edited rules are kept. */
@Component
public class DefaultRules implements SmartInitializingSingleton {

    static final String RESOURCE = "notification-rules.json";

    private final RuleStore store;
    private final JsonMapper json;

    DefaultRules(RuleStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load(json).forEach(store::addIfAbsent);
    }

    /** The shipped rules as read from the class path. */
    public static List<Rule> load(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return Arrays.stream(json.readValue(in, RuleDefinition[].class))
                    .map(definition -> definition.toRule(definition.eventType()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
