package cn.jinshan.ladder.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiOperationTest {

    @Test
    void expandsKnownVariablesAndFallsBackForOthers() {
        ApiOperation operation = new ApiOperation("PUT", "/api/enterprises/{id}/metrics/{year}", false);

        assertThat(operation.variables()).containsExactly("id", "year");
        assertThat(operation.expand(Map.of("id", "91310116MA1J8K3L22"), "1"))
                .isEqualTo("/api/enterprises/91310116MA1J8K3L22/metrics/1");
    }
}
