package cn.jinshan.ladder.probes.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.probes.ApiFuzzer;
import cn.jinshan.ladder.probes.Finding;
import cn.jinshan.ladder.probes.FuzzReport;
import org.junit.jupiter.api.Test;

class ApiFuzzerIT extends ProbeSampleIT {

    private static final long SEED = 20261129L;

    private String ownedItem() {
        String body = "{\"name\":\"owned\",\"kind\":\"TOOL\",\"quantity\":3}";
        return ApiClient.json(api().post("/clean/items", token(), body))
                .get("id")
                .asString();
    }

    @Test
    void aCleanServicePassesTenThousandHostileRequests() {
        FuzzReport report = ApiFuzzer.forService("probe-sample-clean", api())
                .token(token())
                .onlyPaths("/clean/")
                .pathValue("id", ownedItem())
                .ownedWritesOnly()
                .seed(SEED)
                .requests(10_000)
                .run();

        report.assertClean();
        assertThat(report.operations()).isEqualTo(4);
        assertThat(report.requests()).isEqualTo(10_000);
        assertThat(report.millis()).isLessThan(300_000);
    }

    @Test
    void everyKindOfBreachIsFoundAndNamedReproducibly() {
        ApiFuzzer fuzzer = ApiFuzzer.forService("probe-sample-broken", api())
                .token(token())
                .onlyPaths("/broken/")
                .seed(SEED)
                .requests(2_000);
        FuzzReport report = fuzzer.run();

        assertThat(report.serverErrors()).isPositive();
        assertThat(report.leaks()).isPositive();
        assertThat(report.schemaViolations()).isPositive();
        assertThat(report.findings())
                .extracting(Finding::operation)
                .contains(
                        "POST /broken/ratios", "GET /broken/lookup", "GET /broken/profiles/{id}", "GET /broken/plain");
        assertThatThrownBy(report::assertClean)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed=" + SEED + " index=")
                .hasMessageContaining("5xx=" + report.serverErrors());

        Finding first = report.findings().stream()
                .filter(finding -> finding.kind().equals("5xx"))
                .findFirst()
                .orElseThrow();
        FuzzReport replayed = fuzzer.replay(first.index());
        assertThat(replayed.requests()).isEqualTo(1);
        assertThat(replayed.serverErrors()).isEqualTo(1);
        assertThat(replayed.findings().get(0).request()).isEqualTo(first.request());
        assertThat(replayed.findings().get(0).index()).isEqualTo(first.index());
    }
}
