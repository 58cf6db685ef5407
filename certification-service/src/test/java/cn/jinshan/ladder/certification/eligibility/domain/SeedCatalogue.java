package cn.jinshan.ladder.certification.eligibility.domain;

import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The seeded programmes, read from the JSON resources the service ships, and a small builder of figures. */
final class SeedCatalogue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeedCatalogue() {}

    static Programme programme(String file) {
        try (InputStream in = SeedCatalogue.class.getResourceAsStream("/catalogue/" + file + ".json")) {
            return JSON.readValue(in, Programme.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleVersion version(Programme programme, String id) {
        return programme.ruleVersion(id).orElseThrow();
    }

    static Figures figures() {
        return new Figures();
    }

    /** Figures by metric name. */
    static final class Figures {
        private final Map<String, BigDecimal> values = new LinkedHashMap<>();

        Figures with(String metric, String value) {
            values.put(metric, new BigDecimal(value));
            return this;
        }

        Figures with(String metric, long value) {
            values.put(metric, BigDecimal.valueOf(value));
            return this;
        }

        MetricValues build() {
            return new MetricValues(values);
        }
    }
}
